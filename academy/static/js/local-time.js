// Shows every <time data-local> in the viewer's own time zone and language.
(function () {
  "use strict";
  var lang = document.documentElement.lang || undefined;
  var styles = {
    datetime: { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZoneName: "short" },
    date: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
    time: { hour: "2-digit", minute: "2-digit", timeZoneName: "short" },
  };
  document.querySelectorAll("time[data-local]").forEach(function (node) {
    var moment = new Date(node.getAttribute("datetime"));
    if (isNaN(moment)) return;
    var style = styles[node.dataset.local] || styles.datetime;
    node.title = node.textContent;
    node.textContent = new Intl.DateTimeFormat(lang, style).format(moment);
  });
})();
