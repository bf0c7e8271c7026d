// Keyboard shortcuts on the flashcard review screen, as in Anki: Space or Enter shows the
// answer, 1-4 rate it, U or Ctrl+Z undoes the last rating. Everything also works without
// this script (links and buttons); students can turn the keys off in settings (WCAG 2.1.4).
(function () {
  "use strict";
  var body = document.body;
  if (body.dataset.shortcuts !== "on") return;

  function typingInto(target) {
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }

  function onInteractive(target) {
    var tag = target && target.tagName;
    return tag === "BUTTON" || tag === "A" || tag === "SUMMARY";
  }

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.altKey || event.metaKey || typingInto(event.target)) return;
    var side = body.dataset.side;
    var key = event.key;
    var undo = document.getElementById("undo-form");
    if (undo && ((key === "u" || key === "U") && !event.ctrlKey || (event.ctrlKey && (key === "z" || key === "Z")))) {
      event.preventDefault();
      undo.requestSubmit ? undo.requestSubmit() : undo.submit();
      return;
    }
    if (event.ctrlKey) return;
    // (Space on the "Show answer" link itself too: a link takes only Enter, and Space scrolled the page although
    // the link says Space; a new user's keyboard walk)
    var onShow = event.target && event.target.id === "show-answer";
    if (side === "front" && (key === " " || key === "Enter") && (!onInteractive(event.target) || onShow && key === " ")) {
      var show = document.getElementById("show-answer");
      if (show) { event.preventDefault(); show.click(); }
    } else if (side === "back") {
      // Space and Enter take the suggested rating (after a checked answer), else Good, as in Anki.
      var form = document.querySelector("form.rating-form");
      var fallback = (form && form.dataset.suggested) || "3";
      var rating = /^[1-4]$/.test(key) ? key : ((key === " " || key === "Enter") && !onInteractive(event.target) ? fallback : null);
      var button = rating && document.querySelector('button[data-rating="' + rating + '"]');
      if (button) { event.preventDefault(); button.click(); }
    }
  });
}());
