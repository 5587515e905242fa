/*
 * Public portal (served as a file: the Content-Security-Policy allows no inline script).
 * Quick exit: the button, or Shift pressed three times, replaces this page with a neutral site; location.replace
 * also replaces this page's entry in the back history. Without JavaScript the button is a plain link.
 * Near me: asks the browser for the position, rounds it to about a kilometre, and fetches the nearest centres;
 * the page address (and so the history) never holds the position, and nothing stores it.
 */
(function () {
    'use strict';

    var exit = document.getElementById('quick-exit');
    if (exit) {
        var leave = function (event) {
            if (event) {
                event.preventDefault();
            }
            document.documentElement.classList.add('leaving');
            window.location.replace(exit.href);
        };
        exit.addEventListener('click', leave);
        var presses = 0;
        var last = 0;
        document.addEventListener('keydown', function (event) {
            if (event.key !== 'Shift') {
                presses = 0;
                return;
            }
            if (event.repeat) {
                return;
            }
            var now = Date.now();
            presses = now - last < 1500 ? presses + 1 : 1;
            last = now;
            if (presses >= 3) {
                leave();
            }
        });
    }

    var near = document.getElementById('near-me');
    var form = document.getElementById('centre-search');
    var area = document.getElementById('results-area');
    if (near && form && area && 'geolocation' in navigator && window.fetch && window.URLSearchParams) {
        var status = document.getElementById('near-me-status');
        var note = document.getElementById('near-me-note');
        near.hidden = false;
        if (note) {
            note.hidden = false;
        }
        near.addEventListener('click', function () {
            status.textContent = near.getAttribute('data-finding');
            navigator.geolocation.getCurrentPosition(function (position) {
                var params = new URLSearchParams();
                var need = form.elements.need.value;
                if (need) {
                    params.set('need', need);
                }
                params.set('lat', position.coords.latitude.toFixed(2));
                params.set('lon', position.coords.longitude.toFixed(2));
                fetch(form.getAttribute('data-results') + '?' + params.toString(),
                        {cache: 'no-store', credentials: 'same-origin', headers: {'Accept': 'text/html'}})
                    .then(function (response) {
                        if (!response.ok) {
                            throw new Error(String(response.status));
                        }
                        return response.text();
                    })
                    .then(function (html) {
                        area.innerHTML = html;
                        status.textContent = '';
                        var results = document.getElementById('results');
                        if (results) {
                            results.focus();
                        }
                    })
                    .catch(function () {
                        status.textContent = near.getAttribute('data-failed');
                    });
            }, function () {
                status.textContent = near.getAttribute('data-denied');
            }, {enableHighAccuracy: false, maximumAge: 0, timeout: 15000});
        });
    }
})();
