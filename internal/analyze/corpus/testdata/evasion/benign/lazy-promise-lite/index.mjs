import LazyPromise from './index.js';
export { LazyPromise };
export default LazyPromise;
