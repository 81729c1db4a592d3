/* Leesbaarheid (B1) in the page editor: refresh the panel's hints while the editor types.
 *
 * Reads the text of the panel's fields from the edit form (text inputs, text areas and the
 * Draftail JSON of rich text, also inside StreamField blocks), posts it to the readability
 * check and puts the answer's HTML in the panel. Without this script the panel shows the hints
 * of the last saved version. Advice only: nothing here stops the form being submitted.
 */
(function () {
    "use strict";

    var DELAY_MS = 800;
    var BOOKKEEPING = /-(count|deleted|order|type|id)$/;

    function draftailText(value) {
        try {
            var data = JSON.parse(value);
            if (data && Array.isArray(data.blocks)) {
                return data.blocks.map(function (block) { return block.text || ""; }).join("\n");
            }
        } catch (error) {
            return null;
        }
        return null;
    }

    function isDeleted(form, name) {
        // "body-2-value-items-0-value-question" lies inside the blocks "body-2" and
        // "body-2-value-items-0"; a deleted block keeps its inputs with "-deleted" set.
        var parts = name.split("-");
        for (var i = 1; i < parts.length; i++) {
            if (/^\d+$/.test(parts[i])) {
                var marker = form.elements.namedItem(parts.slice(0, i + 1).join("-") + "-deleted");
                if (marker && marker.value) {
                    return true;
                }
            }
        }
        return false;
    }

    function isTextInput(element) {
        var type = (element.type || "").toLowerCase();
        return element.tagName === "TEXTAREA" ||
            (element.tagName === "INPUT" && (type === "text" || type === "hidden"));
    }

    function fieldTexts(form, field) {
        var texts = [];
        Array.prototype.forEach.call(form.elements, function (element) {
            var name = element.name || "";
            var inField = name === field ||
                (name.indexOf(field + "-") === 0 && name.indexOf("-value") !== -1);
            if (!inField || BOOKKEEPING.test(name) || element.disabled || !isTextInput(element)) {
                return;
            }
            var value = element.value.trim();
            if (!value || /^\d+$/.test(value) || /^https?:\/\//.test(value) || isDeleted(form, name)) {
                return;  // empty, a chosen page or image, a link
            }
            if (value.charAt(0) === "{" || value.charAt(0) === "[" || value === "null") {
                var rich = draftailText(value);
                if (rich) {
                    texts.push(rich);
                }
                return;
            }
            texts.push(value);
        });
        return texts;
    }

    function init(panel) {
        var form = panel.closest("form");
        if (!form || panel.dataset.readabilityReady) {
            return;
        }
        panel.dataset.readabilityReady = "1";
        var fields = (panel.dataset.readabilityFields || "").split(",").filter(Boolean);
        var result = panel.querySelector("[data-readability-result]");
        var status = panel.querySelector("[data-readability-status]");
        var source = panel.querySelector("[data-readability-source]");
        var timer = null;
        var controller = null;
        var lastSent = null;

        function collect() {
            return fields.reduce(function (texts, field) {
                return texts.concat(fieldTexts(form, field));
            }, []);
        }

        function refresh() {
            var body = JSON.stringify({texts: collect()});
            if (body === lastSent) {
                return;
            }
            lastSent = body;
            if (controller) {
                controller.abort();
            }
            controller = new AbortController();
            var token = form.elements.namedItem("csrfmiddlewaretoken");
            fetch(panel.dataset.readabilityUrl, {
                method: "POST",
                credentials: "same-origin",
                signal: controller.signal,
                headers: {
                    "Content-Type": "application/json",
                    "X-CSRFToken": token ? token.value : "",
                    "X-Requested-With": "XMLHttpRequest",
                },
                body: body,
            }).then(function (response) {
                return response.json().then(function (data) {
                    if (!response.ok) {
                        throw new Error(data.error || String(response.status));
                    }
                    return data;
                });
            }).then(function (data) {
                result.innerHTML = data.html;  // rendered and escaped by the server's template
                source.textContent = panel.dataset.liveLabel;
                status.textContent = data.summary;
            }).catch(function (error) {
                if (error.name !== "AbortError") {
                    source.textContent = panel.dataset.errorLabel;
                    lastSent = null;
                }
            });
        }

        function schedule() {
            window.clearTimeout(timer);
            timer = window.setTimeout(refresh, DELAY_MS);
        }

        form.addEventListener("input", schedule);
        form.addEventListener("change", schedule);
        form.addEventListener("click", schedule);  // adding or deleting a block
        lastSent = JSON.stringify({texts: collect()});  // the saved text: the panel shows it already
    }

    function start() {
        document.querySelectorAll("[data-readability-panel]").forEach(init);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
