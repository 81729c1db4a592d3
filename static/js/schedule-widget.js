/* The schedule widget on an activity's edit form: shows only the choices that apply, and
   refreshes the sentence and the next dates as the editor chooses. Works without it too. */
(function () {
    "use strict";
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }

    function start() {
    var widget = document.querySelector("[data-schedule-widget]");
    if (!widget) { return; }
    var form = widget.closest("form");
    var preview = widget.querySelector("[data-schedule-preview]");
    var timer = null;
    var asked = 0;

    function checked(name) {
        var input = widget.querySelector("input[name$='" + name + "']:checked");
        return input ? input.value : "";
    }

    function show(part, visible) {
        widget.querySelectorAll("[data-schedule-part='" + part + "']").forEach(function (node) {
            node.hidden = !visible;
        });
    }

    function arrange() {
        var replace = widget.querySelector("input[name$='schedule_replace']");
        var choices = widget.querySelector("[data-schedule-choices]");
        if (choices.hasAttribute("data-schedule-hidden-until-replace")) {
            choices.hidden = !(replace && replace.checked);
        }
        var kind = checked("schedule_kind") || "once";
        var monthlyBy = checked("schedule_monthly_by") || "date";
        var ends = checked("schedule_ends") || "never";
        show("interval", kind !== "once");
        show("weekly", kind === "weekly");
        show("monthly", kind === "monthly");
        show("monthly-date", kind === "monthly" && monthlyBy === "date");
        show("monthly-weekday", kind === "monthly" && monthlyBy === "weekday");
        show("ends", kind !== "once");
        show("ends-until", ends === "until");
        show("ends-count", ends === "count");
        show("cancel-other", kind !== "once");
    }

    function refresh() {
        if (!form || !window.fetch) { return; }
        var data = new FormData(form);
        if (widget.dataset.pageId) { data.append("page_id", widget.dataset.pageId); }
        var mine = ++asked;  /* only the answer to the latest question is shown */
        fetch(widget.dataset.previewUrl, { method: "POST", body: data, credentials: "same-origin" })
            .then(function (response) { return response.ok ? response.text() : null; })
            .then(function (html) { if (html !== null && mine === asked) { preview.innerHTML = html; } })
            .catch(function () { /* the preview stays as it was; saving still works */ });
    }

    function changed(event) {
        var name = (event.target && event.target.name) || "";
        if (name.indexOf("schedule_cancelled") !== -1) { return; }
        if (name.indexOf("schedule_") === -1 && name !== "start" && name !== "end") { return; }
        arrange();
        window.clearTimeout(timer);
        timer = window.setTimeout(refresh, 250);
    }

    form.addEventListener("change", changed);
    form.addEventListener("input", changed);
    arrange();
    }
})();
