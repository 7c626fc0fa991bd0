import React from 'react';
<% if (withStyles) { %>import styles from './<%= name %>.module.css';
<% } %>
export function <%= name %>({ children }) {
  return <div<% if (withStyles) { %> className={styles.root}<% } %>>{children}</div>;
}
