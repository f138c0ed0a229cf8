/*
 * A stand-in for HtmlService's client object `google.script.run`, injected by the local
 * preview server (test/preview/server.ts) in front of the sidebar's own script.
 *
 * Like the real one: `withSuccessHandler`, `withFailureHandler` and `withUserObject` each
 * return a runner that remembers the handler (the runner they were called on is unchanged),
 * calls are asynchronous, the success handler gets (value, userObject), the failure handler
 * gets (error, userObject), and a failure without a handler is logged. Each call is a POST to
 * /rpc, where the preview server runs the real server code over the in-memory fake.
 */
(function () {
  'use strict';
  var NAMES = /*NAMES*/ [];
  var ENDPOINT = '/rpc';

  function fail(state, message, name) {
    var error = new Error(message);
    error.name = name;
    if (state.failure) state.failure(error, state.userObject);
    else if (window.console) window.console.error(error);
  }

  function send(state, name, args) {
    var body;
    try {
      body = JSON.stringify({ name: name, args: args });
    } catch (e) {
      // The real client refuses arguments it cannot carry (functions, cycles, DOM nodes).
      setTimeout(function () { fail(state, 'Invalid argument: ' + e.message, 'TypeError'); }, 0);
      return;
    }
    fetch(ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body })
      .then(function (response) {
        if (!response.ok) throw new Error('HTTP ' + response.status);
        return response.json();
      })
      .then(
        function (reply) {
          if (reply.ok) {
            if (state.success) state.success(reply.value, state.userObject);
          } else {
            fail(state, reply.error, 'ScriptError');
          }
        },
        function () {
          // What the real client reports when the request never completes.
          fail(state, 'NetworkError: Connection failure due to HTTP 0', 'NetworkError');
        }
      );
  }

  function runner(state) {
    var r = {
      withSuccessHandler: function (f) { return runner({ success: f, failure: state.failure, userObject: state.userObject }); },
      withFailureHandler: function (f) { return runner({ success: state.success, failure: f, userObject: state.userObject }); },
      withUserObject: function (o) { return runner({ success: state.success, failure: state.failure, userObject: o }); }
    };
    NAMES.forEach(function (name) {
      r[name] = function () { send(state, name, Array.prototype.slice.call(arguments)); };
    });
    return r;
  }

  window.google = window.google || {};
  window.google.script = {
    run: runner({}),
    host: { close: function () {}, setHeight: function () {}, setWidth: function () {}, origin: location.origin }
  };
})();
