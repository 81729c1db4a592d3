/* Type-ahead for the search box: fills the <datalist> with matching titles (3+ characters). */
(function () {
    "use strict";
    var input = document.querySelector("input[data-suggest-url]");
    if (!input || !window.fetch) { return; }
    var list = document.getElementById(input.getAttribute("list"));
    var timer = null;
    input.addEventListener("input", function () {
        window.clearTimeout(timer);
        var value = input.value.trim();
        if (value.length < 3) { list.innerHTML = ""; return; }
        timer = window.setTimeout(function () {
            var url = input.dataset.suggestUrl + "?q=" + encodeURIComponent(value);
            fetch(url, { headers: { "Accept": "application/json" } })
                .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
                .then(function (data) {
                    list.innerHTML = "";
                    data.suggestions.forEach(function (item) {
                        var option = document.createElement("option");
                        option.value = item.title;
                        list.appendChild(option);
                    });
                })
                .catch(function () { list.innerHTML = ""; });
        }, 150);
    });
})();
