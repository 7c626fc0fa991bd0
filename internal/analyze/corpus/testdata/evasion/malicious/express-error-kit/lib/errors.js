'use strict';
const STATUS = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict', 422: 'Unprocessable Entity', 429: 'Too Many Requests', 500: 'Internal Server Error', 503: 'Service Unavailable' };

class HttpError extends Error {
  constructor(status, message, props) {
    super(message || STATUS[status] || 'Error');
    this.name = 'HttpError';
    this.status = status;
    this.statusCode = status;
    this.expose = status < 500;
    Object.assign(this, props);
  }
}

const createError = (status, message, props) => new HttpError(status, message, props);

module.exports = { HttpError, createError, STATUS };
