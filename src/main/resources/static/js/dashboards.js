/*
 * Analysts' dashboards: draws each figure with Chart.js from the JSON in its canvas's data-chart attribute (a file: the
 * Content-Security-Policy allows no inline script). Numbers are written as the page's language writes them. Without
 * script, the table under each figure holds the same data.
 */
(function () {
    'use strict';
    if (!window.Chart) {
        return;
    }
    var colours = ['#1f5fa8', '#b3261e', '#1b7f3b', '#7a4fb0', '#8a5a00', '#006d77', '#5c5c5c', '#c2185b', '#3949ab'];
    var dashes = [[], [6, 3], [2, 3], [8, 3, 2, 3], [1, 2], [10, 4], [4, 4], [6, 2, 2, 2], [3, 6]];
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
        var data = JSON.parse(canvas.getAttribute('data-chart'));
        // written with the server's separators for the language (Intl may lack Kazakh): 0,177 and 311 217 in kk/ru
        var english = new Intl.NumberFormat('en-US', {
            minimumFractionDigits: data.decimals, maximumFractionDigits: data.decimals
        });
        var format = {
            format: function (v) {
                return english.format(v).replace(/[.,]/g, function (c) { return c === '.' ? data.decimal : data.group; });
            }
        };
        var bar = data.type === 'bar';
        var datasets = data.datasets.map(function (set, i) {
            var colour = colours[i % colours.length];
            return {
                label: set.label, data: set.data, borderColor: colour, backgroundColor: colour,
                borderDash: bar ? [] : dashes[i % dashes.length], borderWidth: 2, pointRadius: 2.5,
                spanGaps: false, tension: 0
            };
        });
        new window.Chart(canvas, {
            type: data.type,
            data: {labels: data.labels, datasets: datasets},
            options: {
                locale: data.locale,
                indexAxis: bar ? 'y' : 'x',
                maintainAspectRatio: false,
                animation: false,
                interaction: {mode: 'index', intersect: false},
                scales: bar ? {x: {ticks: {callback: function (v) { return format.format(v); }}}}
                    : {y: {title: {display: true, text: data.unit}, ticks: {callback: function (v) { return format.format(v); }}}},
                plugins: {
                    legend: {position: 'bottom'},
                    tooltip: {
                        callbacks: {
                            label: function (c) {
                                var v = bar ? c.parsed.x : c.parsed.y;
                                return c.dataset.label + ': ' + (v === null ? '–' : format.format(v));
                            }
                        }
                    }
                }
            }
        });
    });
})();
