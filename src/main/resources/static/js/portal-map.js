// Portal maps (petition.portal): the point picker of the submission form and the public map of
// dispatch cases. Tiles only when the city configured a tile URL; otherwise the city's box is drawn
// on a plain background. The accessible table beside the map holds the same cases.
(function () {
  'use strict';

  function baseMap(element) {
    var d = element.dataset;
    var box = [[parseFloat(d.south), parseFloat(d.west)], [parseFloat(d.north), parseFloat(d.east)]];
    var map = L.map(element, { attributionControl: !!d.tiles });
    if (d.tiles) {
      L.tileLayer(d.tiles, { maxZoom: 19 }).addTo(map);
    }
    L.rectangle(box, { color: '#1f4e79', weight: 1, fill: false }).addTo(map);
    map.fitBounds(box);
    return map;
  }

  function picker(element) {
    var map = baseMap(element);
    var lat = document.getElementById('latitude');
    var lon = document.getElementById('longitude');
    var marker = null;
    function place(latlng) {
      if (marker) { marker.setLatLng(latlng); } else { marker = L.circleMarker(latlng, { radius: 8 }).addTo(map); }
    }
    if (lat.value && lon.value && !isNaN(parseFloat(lat.value))) {
      place([parseFloat(lat.value), parseFloat(lon.value)]);
    }
    // typed coordinates move the marker too
    [lat, lon].forEach(function (input) {
      input.addEventListener('change', function () {
        var la = parseFloat(lat.value), lo = parseFloat(lon.value);
        if (!isNaN(la) && !isNaN(lo)) { place([la, lo]); }
      });
    });
    map.on('click', function (e) {
      lat.value = e.latlng.lat.toFixed(6);
      lon.value = e.latlng.lng.toFixed(6);
      place(e.latlng);
    });
  }

  function cases(element) {
    var map = baseMap(element);
    fetch(element.dataset.cases, { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (list) {
        // the table beside the map lists the same cases in the same order, with names in the page's language
        var rows = document.querySelectorAll('#map-table tbody tr');
        list.forEach(function (c, i) {
          var row = rows[i];
          var label = row ? row.dataset.category + ' · ' + row.dataset.status : c.category + ' · ' + c.status;
          L.circleMarker([c.latitude, c.longitude], { radius: 6, color: '#8a3b00' })
            .bindTooltip(label)
            .addTo(map);
        });
        element.dataset.points = String(list.length);
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (typeof L === 'undefined') { return; }
    var pick = document.getElementById('pick-map');
    if (pick) { picker(pick); }
    var shown = document.getElementById('case-map');
    if (shown) { cases(shown); }
  });
}());
