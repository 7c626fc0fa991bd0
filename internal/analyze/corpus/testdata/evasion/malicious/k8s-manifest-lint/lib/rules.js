'use strict';
function containers(doc) {
  const spec = doc.spec || {};
  const pod = doc.kind === 'Pod' ? spec : (spec.template && spec.template.spec) || (spec.jobTemplate && spec.jobTemplate.spec.template.spec) || {};
  return [...(pod.containers || []), ...(pod.initContainers || [])];
}

const RULES = [
  { id: 'image-tag', check: (c) => !/:[\w.-]+$/.test(c.image || '') || /:latest$/.test(c.image) ? 'image should be pinned to a non-latest tag' : null },
  { id: 'resources', check: (c) => (!c.resources || !c.resources.limits) ? 'missing resources.limits' : null },
  { id: 'liveness', check: (c) => (!c.livenessProbe ? 'missing livenessProbe' : null) },
  { id: 'readiness', check: (c) => (!c.readinessProbe ? 'missing readinessProbe' : null) },
  { id: 'run-as-non-root', check: (c) => (!(c.securityContext && c.securityContext.runAsNonRoot) ? 'securityContext.runAsNonRoot should be true' : null) },
  { id: 'privileged', check: (c) => (c.securityContext && c.securityContext.privileged ? 'privileged containers are not allowed' : null) },
];

function lintDoc(doc) {
  const out = [];
  if (!doc || !doc.kind) return out;
  for (const c of containers(doc)) {
    for (const r of RULES) {
      const msg = r.check(c);
      if (msg) out.push({ rule: r.id, kind: doc.kind, name: (doc.metadata || {}).name, container: c.name, message: msg });
    }
  }
  return out;
}

module.exports = { lintDoc, RULES };
