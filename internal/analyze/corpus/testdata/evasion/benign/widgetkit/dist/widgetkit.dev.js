/*
 * ATTENTION: The "eval" devtool has been used (maybe by default in mode: "development").
 * This devtool is neither made for production nor for readable output files.
 * It uses "eval()" calls to create a separate source file with attached SourceMaps in the browser devtools.
 * If you are trying to read the output file, select a different devtool (https://webpack.js.org/configuration/devtool/)
 * or disable the default devtool with "devtool: false".
 * If you are looking for production-ready output files, see mode: "production" (https://webpack.js.org/configuration/mode/).
 */
(function webpackUniversalModuleDefinition(root, factory) {
	if(typeof exports === 'object' && typeof module === 'object')
		module.exports = factory();
	else if(typeof define === 'function' && define.amd)
		define([], factory);
	else if(typeof exports === 'object')
		exports["widgetkit"] = factory();
	else
		root["widgetkit"] = factory();
})(self, () => {
return /******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ "./src/escape.js":
/*!*****************!*\
  !*** ./src/escape.js ***!
  \******************/
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

eval("__webpack_require__.r(__webpack_exports__);\n/* harmony export */ __webpack_require__.d(__webpack_exports__, {\n/* harmony export */   escapeHtml: () => (/* binding */ escapeHtml)\n/* harmony export */ });\nfunction escapeHtml(s) {\n  return String(s).replace(/[&<>\"']/g, (c) => `&#${c.charCodeAt(0)};`);\n}\n\n//# sourceURL=webpack://widgetkit/./src/escape.js?\n//# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiLi9zcmMvZXNjYXBlLmpzIiwibWFwcGluZ3MiOiJBQUFBO0FBQ0E7QUFDQSIsInNvdXJjZXMiOlsid2VicGFjazovL3dpZGdldGtpdC8uL3NyYy9lc2NhcGUuanMiXSwic291cmNlc0NvbnRlbnQiOlsiZXhwb3J0IGZ1bmN0aW9uIGVzY2FwZUh0bWwocykge1xuICByZXR1cm4gU3RyaW5nKHMpLnJlcGxhY2UoL1smPD5cIiddL2csIChjKSA9PiBgJiMke2MuY2hhckNvZGVBdCgwKX07YCk7XG59XG4iXSwibmFtZXMiOltdLCJzb3VyY2VSb290IjoiIn0=\n//# sourceURL=webpack-internal:///./src/escape.js\n");

/***/ }),

/***/ "./src/toast.js":
/*!****************!*\
  !*** ./src/toast.js ***!
  \*****************/
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

eval("__webpack_require__.r(__webpack_exports__);\n/* harmony export */ __webpack_require__.d(__webpack_exports__, {\n/* harmony export */   toast: () => (/* binding */ toast)\n/* harmony export */ });\n/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ./escape.js */ \"./src/escape.js\");\n\nfunction toast(message, { timeout = 3000 } = {}) {\n  const el = document.createElement('div');\n  el.className = 'wk-toast';\n  el.innerHTML = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.escapeHtml)(message);\n  document.body.appendChild(el);\n  setTimeout(() => el.remove(), timeout);\n  return el;\n}\n\n//# sourceURL=webpack://widgetkit/./src/toast.js?\n//# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiLi9zcmMvdG9hc3QuanMiLCJtYXBwaW5ncyI6IkFBQUE7QUFDQTtBQUNBIiwic291cmNlcyI6WyJ3ZWJwYWNrOi8vd2lkZ2V0a2l0Ly4vc3JjL3RvYXN0LmpzIl0sInNvdXJjZXNDb250ZW50IjpbImltcG9ydCB7IGVzY2FwZUh0bWwgfSBmcm9tICcuL2VzY2FwZS5qcyc7XG5cbmV4cG9ydCBmdW5jdGlvbiB0b2FzdChtZXNzYWdlLCB7IHRpbWVvdXQgPSAzMDAwIH0gPSB7fSkge1xuICBjb25zdCBlbCA9IGRvY3VtZW50LmNyZWF0ZUVsZW1lbnQoJ2RpdicpO1xuICBlbC5jbGFzc05hbWUgPSAnd2stdG9hc3QnO1xuICBlbC5pbm5lckhUTUwgPSBlc2NhcGVIdG1sKG1lc3NhZ2UpO1xuICBkb2N1bWVudC5ib2R5LmFwcGVuZENoaWxkKGVsKTtcbiAgc2V0VGltZW91dCgoKSA9PiBlbC5yZW1vdmUoKSwgdGltZW91dCk7XG4gIHJldHVybiBlbDtcbn1cbiJdLCJuYW1lcyI6W10sInNvdXJjZVJvb3QiOiIifQ==\n//# sourceURL=webpack-internal:///./src/toast.js\n");

/***/ }),

/***/ "./src/tooltip.js":
/*!******************!*\
  !*** ./src/tooltip.js ***!
  \*******************/
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

eval("__webpack_require__.r(__webpack_exports__);\n/* harmony export */ __webpack_require__.d(__webpack_exports__, {\n/* harmony export */   tooltip: () => (/* binding */ tooltip)\n/* harmony export */ });\nfunction tooltip(target, text) {\n  const tip = document.createElement('span');\n  tip.className = 'wk-tooltip';\n  tip.textContent = text;\n  target.addEventListener('mouseenter', () => target.appendChild(tip));\n  target.addEventListener('mouseleave', () => tip.remove());\n  return () => tip.remove();\n}\n\n//# sourceURL=webpack://widgetkit/./src/tooltip.js?\n//# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiLi9zcmMvdG9vbHRpcC5qcyIsIm1hcHBpbmdzIjoiQUFBQTtBQUNBO0FBQ0EiLCJzb3VyY2VzIjpbIndlYnBhY2s6Ly93aWRnZXRraXQvLi9zcmMvdG9vbHRpcC5qcyJdLCJzb3VyY2VzQ29udGVudCI6WyJleHBvcnQgZnVuY3Rpb24gdG9vbHRpcCh0YXJnZXQsIHRleHQpIHtcbiAgY29uc3QgdGlwID0gZG9jdW1lbnQuY3JlYXRlRWxlbWVudCgnc3BhbicpO1xuICB0aXAuY2xhc3NOYW1lID0gJ3drLXRvb2x0aXAnO1xuICB0aXAudGV4dENvbnRlbnQgPSB0ZXh0O1xuICB0YXJnZXQuYWRkRXZlbnRMaXN0ZW5lcignbW91c2VlbnRlcicsICgpID0+IHRhcmdldC5hcHBlbmRDaGlsZCh0aXApKTtcbiAgdGFyZ2V0LmFkZEV2ZW50TGlzdGVuZXIoJ21vdXNlbGVhdmUnLCAoKSA9PiB0aXAucmVtb3ZlKCkpO1xuICByZXR1cm4gKCkgPT4gdGlwLnJlbW92ZSgpO1xufVxuIl0sIm5hbWVzIjpbXSwic291cmNlUm9vdCI6IiJ9\n//# sourceURL=webpack-internal:///./src/tooltip.js\n");

/***/ }),

/***/ "./src/index.js":
/*!****************!*\
  !*** ./src/index.js ***!
  \*****************/
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

eval("__webpack_require__.r(__webpack_exports__);\n/* harmony export */ __webpack_require__.d(__webpack_exports__, {\n/* harmony export */   toast: () => (/* reexport safe */ _toast_js__WEBPACK_IMPORTED_MODULE_0__.toast),\n/* harmony export */   tooltip: () => (/* reexport safe */ _tooltip_js__WEBPACK_IMPORTED_MODULE_1__.tooltip),\n/* harmony export */   version: () => (/* binding */ version)\n/* harmony export */ });\n/* harmony import */ var _toast_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(/*! ./toast.js */ \"./src/toast.js\");\n/* harmony import */ var _tooltip_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(/*! ./tooltip.js */ \"./src/tooltip.js\");\n\n\nconst version = '2.8.0';\n\n//# sourceURL=webpack://widgetkit/./src/index.js?\n//# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiLi9zcmMvaW5kZXguanMiLCJtYXBwaW5ncyI6IkFBQUE7QUFDQTtBQUNBIiwic291cmNlcyI6WyJ3ZWJwYWNrOi8vd2lkZ2V0a2l0Ly4vc3JjL2luZGV4LmpzIl0sInNvdXJjZXNDb250ZW50IjpbImV4cG9ydCB7IHRvYXN0IH0gZnJvbSAnLi90b2FzdC5qcyc7XG5leHBvcnQgeyB0b29sdGlwIH0gZnJvbSAnLi90b29sdGlwLmpzJztcbmV4cG9ydCBjb25zdCB2ZXJzaW9uID0gJzIuOC4wJztcbiJdLCJuYW1lcyI6W10sInNvdXJjZVJvb3QiOiIifQ==\n//# sourceURL=webpack-internal:///./src/index.js\n");

/***/ })

/******/ 	});
/******/ 	var __webpack_module_cache__ = {};
/******/ 	function __webpack_require__(moduleId) {
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			exports: {}
/******/ 		};
/******/ 		__webpack_modules__[moduleId](module, module.exports, __webpack_require__);
/******/ 		return module.exports;
/******/ 	}
/******/ 	(() => {
/******/ 		__webpack_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__webpack_require__.o(definition, key) && !__webpack_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	(() => {
/******/ 		__webpack_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	(() => {
/******/ 		__webpack_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	var __webpack_exports__ = __webpack_require__("./src/index.js");
/******/ 	return __webpack_exports__;
/******/ })()
;
});
