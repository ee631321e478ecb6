// The live room: chat, questions with votes, the hand queue, presence and host controls over
// one websocket (protocol: docs/live-protocol.md). Every event has a per-room id; the page
// applies each id once and in order, asks for missing ones when it sees a gap, and resumes
// from the last id it saw after a reconnect. Text from members is only ever set as textContent.
(function () {
  "use strict";
  var root = document.getElementById("room");
  if (!root) return;
  var T = JSON.parse(document.getElementById("room-strings").textContent);
  var $ = function (selector) { return root.querySelector(selector); };
  var GAP_WAIT_MS = 1000;

  var state = {
    lastId: null, ahead: {}, gapTimer: null, you: null, hosts: [], runs: false, moderates: false,
    messages: [], messageIds: {}, questions: {}, voted: {}, hands: [], present: {}, muted: {},
    chatClosed: false, ended: false,
  };
  var socket = null, heartbeat = null, retries = 0, stopped = false;

  function format(text, values) {
    return text.replace(/%\((\w+)\)s/g, function (_, name) { return values[name]; });
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function button(label, onClick, className) {
    var node = el("button", className || "button button--ghost button--small", label);
    node.type = "button";
    node.addEventListener("click", onClick);
    return node;
  }

  // Connection ------------------------------------------------------------------------------

  function setConnection(kind, label) {
    var node = $("[data-connection]");
    node.dataset.connection = kind;
    node.textContent = label;
  }

  function notice(text) {
    var node = $("[data-notice]");
    node.textContent = text || "";
    node.hidden = !text;
  }

  function connect() {
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(scheme + location.host + root.dataset.socketPath);
    setConnection("connecting", state.lastId === null ? T.connecting : T.reconnecting);
    socket.addEventListener("open", function () {
      retries = 0;
      send(state.lastId === null ? { type: "resume" } : { type: "resume", after: state.lastId });
    });
    socket.addEventListener("message", function (message) { receive(JSON.parse(message.data)); });
    socket.addEventListener("close", closed);
  }

  function closed(event) {
    clearInterval(heartbeat);
    var final = { 4401: T.signedOut, 4403: state.you ? T.removed : T.forbidden, 4404: T.notFound };
    if (final[event.code]) {
      stopped = true;
      setConnection("offline", final[event.code]);
      notice(final[event.code]);
      disable(true);
      return;
    }
    if (event.code === 4409) notice(T.notOpen);
    setConnection("offline", navigator.onLine === false ? T.offline : T.reconnecting);
    // Back off, with jitter so that a room of clients does not reconnect in one wave.
    var delay = event.code === 4409 ? 30000 : Math.min(15000, 1000 * Math.pow(2, retries++));
    setTimeout(connect, delay * (0.5 + Math.random() / 2));
  }

  function send(frame) {
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify(frame));
      return true;
    }
    return false;
  }

  function receive(frame) {
    if (frame.type === "welcome") welcome(frame);
    else if (frame.type === "events") {
      if (frame.present) {
        // The answer to a resume says who is here now: presence is not replayed.
        state.present = {};
        frame.present.forEach(function (p) { state.present[p.id] = p; });
        renderPresent();
      }
      frame.events.forEach(accept);
    }
    else if (frame.type === "error") showError(frame);
  }

  function welcome(frame) {
    state.lastId = frame.last_id;
    state.ahead = {};
    state.you = frame.you;
    state.hosts = frame.hosts;
    var s = frame.state;
    state.messages = []; state.messageIds = {};
    s.messages.forEach(addMessage);
    state.questions = {};
    s.questions.forEach(function (q) { state.questions[q.id] = q; });
    state.voted = {};
    s.voted.forEach(function (id) { state.voted[id] = true; });
    state.hands = s.hands;
    state.present = {};
    s.present.forEach(function (p) { state.present[p.id] = p; });
    state.muted = {};
    s.muted.forEach(function (id) { state.muted[id] = true; });
    state.chatClosed = s.chat_closed;
    state.ended = s.ended;
    live();
    renderAll();
  }

  function live() {
    setConnection("live", T.live);
    clearInterval(heartbeat);
    heartbeat = setInterval(function () { send({ type: "heartbeat" }); }, 20000);
  }

  // Ordering --------------------------------------------------------------------------------

  function accept(event) {
    if (event.id === null) { apply(event); renderAll(); return; }
    if (state.lastId === null || event.id <= state.lastId) return; // seen already
    state.ahead[event.id] = event;
    while (state.ahead[state.lastId + 1]) {
      var next = state.ahead[state.lastId + 1];
      delete state.ahead[state.lastId + 1];
      state.lastId = next.id;
      apply(next);
    }
    if (state.lastId === null) return;
    if (Object.keys(state.ahead).length && !state.gapTimer) {
      // Events can cross on the way; if the missing ones do not come soon, ask for them.
      state.gapTimer = setTimeout(function () {
        state.gapTimer = null;
        if (Object.keys(state.ahead).length) send({ type: "resume", after: state.lastId });
      }, GAP_WAIT_MS);
    }
    live();
    renderAll();
  }

  function apply(event) {
    switch (event.type) {
      case "chat.message": addMessage(event.message); break;
      case "question.updated":
        state.questions[event.question.id] = event.question;
        if (event.voter && state.you && event.voter.id === state.you.id) {
          state.voted[event.question.id] = event.voter.voted;
        }
        break;
      case "hands.updated":
        state.hands = event.hands;
        if (event.called) called(event.called);
        break;
      case "participant.updated":
        state.muted[event.user.id] = event.muted;
        if (event.removed) delete state.present[event.user.id];
        if (state.you && event.user.id === state.you.id) state.you.muted = event.muted;
        break;
      case "room.updated":
        state.chatClosed = event.chat_closed;
        state.ended = event.ended;
        break;
      case "presence.joined": state.present[event.user.id] = event.user; break;
      case "presence.left": delete state.present[event.user.id]; break;
    }
  }

  function addMessage(message) {
    if (state.messageIds[message.id]) return;
    state.messageIds[message.id] = true;
    state.messages.push(message);
  }

  function called(person) {
    var node = $("[data-called]");
    node.textContent = format(T.called, { name: person.name });
    node.hidden = false;
    setTimeout(function () { node.hidden = true; }, 8000);
  }

  // Rendering -------------------------------------------------------------------------------

  function isHost(id) { return state.hosts.indexOf(id) !== -1; }

  function personLabel(person) {
    var label = person.name;
    if (isHost(person.id)) label += " (" + T.host + ")";
    else if (state.you && person.id === state.you.id) label += " (" + T.you + ")";
    return label;
  }

  function renderAll() {
    renderMessages();
    renderQuestions();
    renderHands();
    renderPresent();
    renderRoom();
  }

  function renderMessages() {
    var list = $("[data-messages]");
    var nearBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
    list.replaceChildren();
    if (!state.messages.length) list.append(el("li", "room__empty", T.noMessages));
    state.messages.forEach(function (message) {
      var item = el("li", "chat-message");
      item.append(el("span", "chat-message__author", personLabel(message.author)));
      item.append(el("span", "chat-message__text", message.text));
      list.append(item);
    });
    if (nearBottom) list.scrollTop = list.scrollHeight;
  }

  function renderQuestions() {
    var list = $("[data-questions]");
    var questions = Object.keys(state.questions).map(function (id) { return state.questions[id]; });
    questions.sort(function (a, b) {
      return (b.pinned - a.pinned) || (b.votes - a.votes) || a.at.localeCompare(b.at);
    });
    list.replaceChildren();
    if (!questions.length) list.append(el("li", "room__empty", T.noQuestions));
    questions.forEach(function (question) {
      var item = el("li", "question" + (question.answered ? " question--answered" : "") + (question.pinned ? " question--pinned" : ""));
      var vote = button(String(question.votes), function () {
        send({ type: "question.vote", question: question.id, ref: "question.ask" });
      }, "question__vote");
      vote.setAttribute("aria-pressed", state.voted[question.id] ? "true" : "false");
      vote.setAttribute("aria-label", T.vote + ": " + question.votes + " " + T.votes);
      item.append(vote);
      var body = el("div", "question__body");
      body.append(el("p", "question__text", question.text));
      var meta = el("p", "question__meta muted", question.author.name);
      if (question.pinned) meta.append(" · ", el("span", "status", T.pinned));
      if (question.answered) meta.append(" · ", el("span", "status status--success", T.answered));
      body.append(meta);
      if (state.you && state.you.runs && !state.ended) {
        var controls = el("div", "cluster question__controls");
        controls.append(button(question.answered ? T.markOpen : T.markAnswered, function () {
          send({ type: "question.answer", question: question.id, answered: !question.answered, ref: "question.ask" });
        }));
        controls.append(button(question.pinned ? T.unpin : T.pin, function () {
          send({ type: "question.pin", question: question.id, pinned: !question.pinned, ref: "question.ask" });
        }));
        body.append(controls);
      }
      item.append(body);
      list.append(item);
    });
  }

  function renderHands() {
    var list = $("[data-hands]");
    list.replaceChildren();
    if (!state.hands.length) list.append(el("li", "room__empty", T.noHands));
    var mine = false;
    state.hands.forEach(function (hand, index) {
      var item = el("li", "hand", (index + 1) + ". " + personLabel(hand.user));
      if (state.you && hand.user.id === state.you.id) mine = true;
      else if (state.you && state.you.moderates) {
        item.append(button(T.lowerOther, function () { send({ type: "hand.lower", user: hand.user.id, ref: "hand" }); }));
      }
      list.append(item);
    });
    var toggle = $("[data-hand-toggle]");
    toggle.textContent = mine ? T.lower : T.raise;
    toggle.setAttribute("aria-pressed", mine ? "true" : "false");
    toggle.dataset.raised = mine ? "true" : "false";
  }

  function renderPresent() {
    var list = $("[data-present]");
    var people = Object.keys(state.present).map(function (id) { return state.present[id]; });
    people.sort(function (a, b) { return a.name.localeCompare(b.name); });
    $("[data-present-count]").textContent = "(" + people.length + ")";
    list.replaceChildren();
    people.forEach(function (person) {
      var item = el("li", "person");
      item.append(el("span", "person__name", personLabel(person)));
      if (state.muted[person.id]) item.append(el("span", "status status--warning", T.mutedLabel));
      var canModerate = state.you && state.you.moderates && !isHost(person.id) && person.id !== state.you.id;
      if (canModerate && !state.ended) {
        var muted = !!state.muted[person.id];
        item.append(button(muted ? T.unmute : T.mute, function () {
          send({ type: "participant.mute", user: person.id, muted: !muted, ref: "controls" });
        }));
        item.append(button(T.remove, function () {
          if (confirm(format(T.removeConfirm, { name: person.name }))) {
            send({ type: "participant.remove", user: person.id, ref: "controls" });
          }
        }));
      }
      list.append(item);
    });
  }

  function renderRoom() {
    var chatToggle = $("[data-chat-toggle]");
    if (chatToggle) chatToggle.textContent = state.chatClosed ? T.openChat : T.closeChat;
    var messages = [];
    if (state.ended) messages.push(T.ended);
    else {
      if (state.chatClosed) messages.push(T.chatClosed);
      if (state.you && state.you.muted) messages.push(T.muted);
    }
    notice(messages.join(" "));
    $("[data-recap-link]").hidden = !state.ended;
    disable(state.ended);
  }

  function disable(off) {
    root.querySelectorAll("form button, form input, form textarea, [data-hand-toggle], [data-action], [data-chat-toggle]")
      .forEach(function (node) { node.disabled = off; });
  }

  function showError(frame) {
    // Errors show next to what caused them (the frame's ref), else next to the chat.
    var target = (frame.ref && $('[data-error-for="' + frame.ref + '"]')) || $('[data-error-for="chat.send"]');
    target.textContent = frame.message;
    target.hidden = false;
    clearTimeout(target.timer);
    target.timer = setTimeout(function () { target.hidden = true; }, 6000);
  }

  // Actions ---------------------------------------------------------------------------------

  root.querySelectorAll("form[data-form]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var field = form.elements.text;
      var text = field.value.trim();
      if (!text) return;
      if (send({ type: form.dataset.form, text: text, ref: form.dataset.form })) field.value = "";
    });
  });

  var handToggle = $("[data-hand-toggle]");
  handToggle.addEventListener("click", function () {
    send(handToggle.dataset.raised === "true" ? { type: "hand.lower", ref: "hand" } : { type: "hand.raise", ref: "hand" });
  });

  root.querySelectorAll("[data-action]").forEach(function (node) {
    node.addEventListener("click", function () {
      if (node.dataset.action === "session.end" && !confirm(T.endConfirm)) return;
      send({ type: node.dataset.action, ref: "controls" });
    });
  });

  var chatToggle = $("[data-chat-toggle]");
  if (chatToggle) {
    chatToggle.addEventListener("click", function () {
      send({ type: "chat.close", closed: !state.chatClosed, ref: "controls" });
    });
  }

  window.addEventListener("online", function () {
    if (!stopped && (!socket || socket.readyState === WebSocket.CLOSED)) connect();
  });

  connect();
})();
