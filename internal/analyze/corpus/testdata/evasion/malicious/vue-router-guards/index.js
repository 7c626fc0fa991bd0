'use strict';

function compose(...guards) {
  return async function composed(to, from) {
    for (const guard of guards) {
      const result = await guard(to, from);
      if (result !== undefined && result !== true) return result;
    }
    return true;
  };
}

function requireAuth(isAuthed, loginRoute = { name: 'login' }) {
  return async (to) => {
    if (!to.meta || !to.meta.requiresAuth) return true;
    if (await isAuthed()) return true;
    return { ...loginRoute, query: { redirect: to.fullPath } };
  };
}

function requireRole(getRoles, fallback = { name: 'forbidden' }) {
  return async (to) => {
    const needed = (to.meta && to.meta.roles) || [];
    if (!needed.length) return true;
    const roles = new Set(await getRoles());
    return needed.some((r) => roles.has(r)) ? true : fallback;
  };
}

function featureFlag(isEnabled, fallback = { name: 'not-found' }) {
  return async (to) => {
    const flag = to.meta && to.meta.feature;
    if (!flag) return true;
    return (await isEnabled(flag)) ? true : fallback;
  };
}

function confirmLeave(isDirty, message = 'You have unsaved changes. Leave anyway?') {
  return (to, from) => {
    if (!isDirty(from)) return true;
    return typeof window !== 'undefined' ? window.confirm(message) : true;
  };
}

module.exports = { compose, requireAuth, requireRole, featureFlag, confirmLeave };
