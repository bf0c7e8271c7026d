// Flashcard settings not saved yet: start from the browser's own time zone rather than UTC.
(function () {
  "use strict";
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  var select = document.getElementById("time_zone");
  if (zone && select && select.querySelector('option[value="' + zone + '"]')) select.value = zone;
}());
