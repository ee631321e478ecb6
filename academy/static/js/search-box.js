// The search boxes: suggestions while typing (titles to open, topics to search in), with
// the keyboard as a listbox; filters on the results page apply as soon as they change.
(function () {
  "use strict";
  var DELAY = 150;

  function setUp(box) {
    var input = box.querySelector("input[data-autocomplete-url]");
    var list = box.querySelector("[role=listbox]");
    if (!input || !list) return;
    var timer = null, active = -1, controller = null;

    function options() { return list.querySelectorAll("[role=option]"); }

    function close() {
      list.hidden = true;
      list.textContent = "";
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function add(item, kind, index) {
      var option = document.createElement("li");
      option.setAttribute("role", "option");
      option.id = list.id + "-" + index;
      option.className = "suggestions__item";
      var link = document.createElement("a");
      link.href = item.url;
      link.tabIndex = -1;
      link.textContent = item.title;
      option.appendChild(link);
      if (kind) {
        var label = document.createElement("span");
        label.className = "suggestions__kind";
        label.textContent = kind;
        option.appendChild(label);
      }
      list.appendChild(option);
    }

    function show(data) {
      list.textContent = "";
      var index = 0;
      data.titles.forEach(function (item) { add(item, item.kind, index++); });
      data.topics.forEach(function (item) { add(item, list.dataset.topicLabel || "", index++); });
      if (!index) return close();
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function fetchSuggestions() {
      var text = input.value.trim();
      if (text.length < 2) return close();
      if (controller) controller.abort();
      controller = new AbortController();
      var url = input.dataset.autocompleteUrl + "?q=" + encodeURIComponent(text);
      fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (data) { if (data) show(data); })
        .catch(function () { /* a newer keystroke aborted this one, or offline */ });
    }

    function highlight(index) {
      var all = options();
      if (!all.length) return;
      active = (index + all.length) % all.length;
      all.forEach(function (option, i) { option.setAttribute("aria-selected", i === active ? "true" : "false"); });
      input.setAttribute("aria-activedescendant", all[active].id);
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, DELAY);
    });
    input.addEventListener("keydown", function (event) {
      if (list.hidden) return;
      if (event.key === "ArrowDown") { event.preventDefault(); highlight(active + 1); }
      else if (event.key === "ArrowUp") { event.preventDefault(); highlight(active - 1); }
      else if (event.key === "Escape") { close(); }
      else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.href = options()[active].querySelector("a").href;
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 200); });
  }

  document.querySelectorAll("[data-search-box]").forEach(setUp);
  document.querySelectorAll("[data-autosubmit]").forEach(function (control) {
    control.addEventListener("change", function () { control.form.submit(); });
  });
})();
