import cjs from './index.js';
export const {
  tables, codePoints, isVariationSelector, isPrivateUse, isTag, isDefaultIgnorable,
  variationSelectorIndex, stripVariationSelectors, stripInvisible, findInvisible,
  subdivisionFromFlag, flagFromSubdivision
} = cjs;
export default cjs;
