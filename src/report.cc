#include "tahaluf/report.h"

#include <boost/graph/adjacency_list.hpp>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <map>
#include <set>

#include "tahaluf/text.h"

namespace tahaluf {
namespace {

// JSON inside <script>: "<" written as \u003c so no "</script>" or "<!--"
// can end the element early.
std::string ScriptSafe(std::string json) {
  std::string out;
  out.reserve(json.size());
  for (char c : json) {
    if (c == '<') out += "\\u003c";
    else out += c;
  }
  return out;
}

std::string DisplayName(const NodeInfo& n, LabelLanguage labels) {
  if (labels == LabelLanguage::kArabic && !n.name_ar.empty()) return n.name_ar;
  return n.name.empty() ? n.id : n.name;
}

// An actor cell: the name in the chosen language first, the other one under
// it; Arabic right-to-left.
std::string NameCell(const NodeInfo& n, LabelLanguage labels) {
  std::string en = "<span class=\"en\" dir=\"auto\">" + HtmlEscape(n.name.empty() ? n.id : n.name) + "</span>";
  std::string ar = n.name_ar.empty()
                       ? std::string()
                       : "<span class=\"ar\" lang=\"ar\" dir=\"rtl\">" + HtmlEscape(n.name_ar) + "</span>";
  std::string names = labels == LabelLanguage::kArabic && !ar.empty() ? ar + en : en + ar;
  return "<td class=\"actor\" data-sort=\"" + HtmlEscape(DisplayName(n, labels)) + "\"><button class=\"pick\" data-actor=\"" +
         HtmlEscape(n.id) + "\">" + names + "</button></td>";
}

std::string EvidenceItem(const Evidence& ev) {
  bool ar = ev.lang == "ar";
  std::string src = ev.doc + " \u00b7 sentence " + std::to_string(ev.sentence);
  if (!ev.date.empty()) src += " \u00b7 " + ev.date;
  if (ev.hedged) src += " \u00b7 hedged";
  return std::string("<li") + (ar ? " lang=\"ar\" dir=\"rtl\"" : " dir=\"auto\"") +
         (ev.hedged ? " class=\"hedged\"" : "") + "><span class=\"sent\">" + HtmlEscape(ev.text) +
         "</span> <span class=\"src\" dir=\"ltr\">" + HtmlEscape(src) + "</span></li>";
}

const char kStyle[] = R"CSS(
:root{--coop:#2e7d32;--host:#c62828;--neut:#757575;--line:#d0d4da;--bg:#f6f7f9}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 "Noto Sans","Noto Sans Arabic",system-ui,sans-serif;color:#1d2330;background:#fff}
header{padding:16px 24px;background:var(--bg);border-bottom:1px solid var(--line)}
header h1{margin:0 0 4px;font-size:22px}
nav a{margin-right:14px;color:#1f5f99}
main{padding:0 24px 40px}
h2{margin:28px 0 10px;font-size:18px}
.note{color:#555;margin:4px 0 10px}
#diagram-area{display:flex;gap:16px;align-items:flex-start}
#svgwrap{flex:1 1 auto;min-width:0;max-height:78vh;overflow:auto;border:1px solid var(--line);background:#fff}
#svgwrap svg{display:block;height:auto}
#svgwrap g.node,#svgwrap g.edge{cursor:pointer}
#svgwrap g.selected path,#svgwrap g.selected polygon,#svgwrap g.selected ellipse{stroke:#f9a825!important;stroke-width:4px}
#svgwrap.dim g.node:not(.near),#svgwrap.dim g.edge:not(.near){opacity:.25}
#evidence-panel{flex:0 0 360px;max-height:78vh;overflow:auto;border:1px solid var(--line);background:var(--bg);padding:10px 12px}
#evidence-panel h3{margin:0 0 6px;font-size:15px}
.tools{margin:6px 0;display:flex;gap:8px;flex-wrap:wrap;align-items:center}
button{font:inherit}
button.pick{border:0;background:none;padding:0;text-align:inherit;cursor:pointer;color:inherit}
button.pick:hover .en,button.pick:hover .ar{text-decoration:underline}
.ar{display:block;font-family:"Noto Sans Arabic","Noto Naskh Arabic",sans-serif;color:#333}
button.pick .ar,button.pick .en{text-align:left}
#broker-table,#doc-table{width:auto;min-width:50%}
.en{display:block}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid var(--line);padding:5px 8px;vertical-align:top;text-align:start}
thead th{position:sticky;top:0;background:#eef1f5;cursor:pointer;user-select:none;white-space:nowrap}
thead th[aria-sort=ascending]::after{content:" \25B2"}
thead th[aria-sort=descending]::after{content:" \25BC"}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.pol{display:inline-block;padding:0 6px;border-radius:8px;color:#fff;font-size:12px}
.pol-cooperative{background:var(--coop)}.pol-hostile{background:var(--host)}.pol-neutral{background:var(--neut)}
tr.rel.selected{background:#fff8e1}
ol.ev{margin:4px 0;padding:0 22px}
ol.ev li{margin:3px 0}
ol.ev li.hedged .sent{font-style:italic}
.src{color:#666;font-size:12px;white-space:nowrap}
details summary{cursor:pointer;color:#1f5f99}
#actor-chip[hidden]{display:none}
#actor-chip{background:#fff3c4;border:1px solid #e0c060;border-radius:12px;padding:1px 8px}
.bloc{margin:6px 0}
.bloc .members button.pick{display:inline;margin-right:6px;color:#1f5f99}
.bloc .members button.pick .ar{display:inline;margin-left:4px}
#selftest-result{display:none}
)CSS";

const char kScript[] = R"JS(
(function () {
  'use strict';
  var actors = JSON.parse(document.getElementById('actor-data').textContent);
  var table = document.getElementById('rel-table');
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var rowByKey = new Map();
  rows.forEach(function (r) { rowByKey.set(r.dataset.key, r); });
  var svgwrap = document.getElementById('svgwrap');
  var svg = svgwrap ? svgwrap.querySelector('svg') : null;
  var panel = document.getElementById('evidence-panel');
  var filterInput = document.getElementById('filter');
  var polaritySelect = document.getElementById('polarity');
  var chip = document.getElementById('actor-chip');
  var shown = document.getElementById('shown');
  var actorFilter = null;

  function nameOf(id) { var a = actors[id]; return a ? (a[0] || id) : id; }

  // What the filter box searches: the row's text and its relation's name.
  function haystack(r) {
    return (r.textContent + ' ' + r.dataset.relation).toLowerCase();
  }

  function applyFilters() {
    var text = filterInput.value.trim().toLowerCase();
    var pol = polaritySelect.value;
    var n = 0;
    rows.forEach(function (r) {
      var ok = (!pol || r.dataset.polarity === pol) &&
               (!actorFilter || r.dataset.s === actorFilter || r.dataset.t === actorFilter) &&
               (!text || haystack(r).indexOf(text) >= 0);
      r.hidden = !ok;
      if (ok) n++;
    });
    shown.textContent = n;
    if (actorFilter) {
      chip.hidden = false;
      chip.querySelector('span').textContent = nameOf(actorFilter);
    } else {
      chip.hidden = true;
    }
    return n;
  }

  function sortBy(th) {
    var col = th.cellIndex;
    var numeric = th.dataset.type === 'num';
    var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
    Array.prototype.forEach.call(th.parentNode.cells, function (c) { c.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
    function key(r) {
      var c = r.cells[col];
      var v = c.dataset.sort !== undefined ? c.dataset.sort : c.textContent;
      return numeric ? parseFloat(v) || 0 : v.toLowerCase();
    }
    var sorted = rows.slice().sort(function (a, b) {
      var x = key(a), y = key(b);
      var d = numeric ? x - y : x.localeCompare(y);
      return d !== 0 ? dir * d : a.dataset.index - b.dataset.index;
    });
    sorted.forEach(function (r) { tbody.appendChild(r); });
    rows = sorted;
  }

  function clearSelection() {
    if (!svg) return;
    svg.querySelectorAll('.selected').forEach(function (e) { e.classList.remove('selected'); });
    svg.querySelectorAll('.near').forEach(function (e) { e.classList.remove('near'); });
    svgwrap.classList.remove('dim');
    tbody.querySelectorAll('tr.selected').forEach(function (r) { r.classList.remove('selected'); });
  }

  function evidenceOf(row) {
    var list = row.querySelector('ol.ev');
    return list ? list.cloneNode(true) : document.createElement('ol');
  }

  function heading(text) {
    var h = document.createElement('h3');
    h.textContent = text;
    return h;
  }

  function showRelation(key) {
    var row = rowByKey.get(key);
    if (!row) return;
    clearSelection();
    panel.textContent = '';
    var rel = row.dataset.relation;
    panel.appendChild(heading(nameOf(row.dataset.s) + ' \u2014 ' + rel + ' \u2192 ' + nameOf(row.dataset.t)));
    var p = document.createElement('p');
    p.className = 'note';
    p.textContent = row.dataset.count + ' evidence \u00b7 ' + row.dataset.polarity +
        (row.dataset.cameo ? ' \u00b7 CAMEO ' + row.dataset.cameo : '');
    panel.appendChild(p);
    panel.appendChild(evidenceOf(row));
    row.classList.add('selected');
    if (svg) {
      var el = document.getElementById(key);
      if (el) el.classList.add('selected');
    }
  }

  function showActor(id) {
    clearSelection();
    actorFilter = id;
    applyFilters();
    panel.textContent = '';
    var a = actors[id] || [id, '', ''];
    panel.appendChild(heading(a[0] + (a[1] ? ' \u00b7 ' + a[1] : '')));
    var mine = rows.filter(function (r) { return r.dataset.s === id || r.dataset.t === id; });
    var p = document.createElement('p');
    p.className = 'note';
    p.textContent = (a[2] || 'actor') + ' \u00b7 ' + mine.length + ' relation' + (mine.length === 1 ? '' : 's');
    panel.appendChild(p);
    mine.forEach(function (r) {
      var h = document.createElement('h4');
      h.textContent = nameOf(r.dataset.s) + ' \u2014 ' + r.dataset.relation + ' \u2192 ' + nameOf(r.dataset.t);
      panel.appendChild(h);
      panel.appendChild(evidenceOf(r));
    });
    if (svg) {
      var node = document.getElementById('actor:' + id);
      if (node) { node.classList.add('selected'); node.classList.add('near'); svgwrap.classList.add('dim'); }
      mine.forEach(function (r) {
        var e = document.getElementById(r.dataset.key);
        if (e) e.classList.add('near');
        [r.dataset.s, r.dataset.t].forEach(function (x) {
          var n = document.getElementById('actor:' + x);
          if (n) n.classList.add('near');
        });
      });
    }
  }

  if (svg) {
    svg.addEventListener('click', function (ev) {
      var g = ev.target.closest('g.node, g.edge');
      if (!g || !g.id) return;
      ev.preventDefault();
      if (g.id.indexOf('actor:') === 0) showActor(g.id.slice(6));
      else if (g.id.indexOf('rel:') === 0) showRelation(g.id);
    });
  }
  document.addEventListener('click', function (ev) {
    var b = ev.target.closest('button.pick');
    if (b) { showActor(b.dataset.actor); return; }
    var r = ev.target.closest('tr.rel');
    if (r && !ev.target.closest('details')) showRelation(r.dataset.key);
  });
  table.tHead.addEventListener('click', function (ev) {
    var th = ev.target.closest('th');
    if (th) sortBy(th);
  });
  filterInput.addEventListener('input', applyFilters);
  polaritySelect.addEventListener('change', applyFilters);
  chip.querySelector('button').addEventListener('click', function () {
    actorFilter = null;
    clearSelection();
    applyFilters();
  });
  var zoom = document.getElementById('zoom');
  if (zoom && svg) {
    zoom.addEventListener('click', function () {
      var full = svg.getAttribute('width') !== '100%';
      svg.setAttribute('width', full ? '100%' : svg.dataset.width);
      zoom.textContent = full ? 'Actual size' : 'Fit to width';
    });
  }
  applyFilters();

  function selftest() {
    var r = {};
    var visible = function (x) { return !x.hidden; };
    var nodes = svg ? svg.querySelectorAll('g.node') : [];
    var edges = svg ? svg.querySelectorAll('g.edge') : [];
    var drawn = function (list) {
      return Array.prototype.filter.call(list, function (g) {
        var b = g.getBBox();
        return b.width > 0 && b.height > 0;
      }).length;
    };
    r.svg = !!svg;
    r.svg_width = svg ? Math.round(svg.getBoundingClientRect().width) : 0;
    r.diagram_nodes = nodes.length;
    r.diagram_edges = edges.length;
    r.diagram_nodes_drawn = drawn(nodes);
    r.diagram_edges_drawn = drawn(edges);
    r.table_rows = rows.length;
    r.table_rows_visible = rows.filter(visible).length;
    r.table_height = Math.round(table.getBoundingClientRect().height);
    r.evidence_items = tbody.querySelectorAll('ol.ev li').length;
    var arabic = tbody.querySelectorAll('ol.ev li[lang=ar]');
    r.arabic_items = arabic.length;
    r.arabic_items_rtl = Array.prototype.filter.call(arabic, function (li) {
      return getComputedStyle(li).direction === 'rtl';
    }).length;
    r.documents = document.querySelectorAll('#doc-table tbody tr').length;
    r.blocs = document.querySelectorAll('#blocs .bloc').length;
    r.brokers = document.querySelectorAll('#broker-table tbody tr').length;
    r.external_resources = document.querySelectorAll('script[src], link[href], img[src^=http], iframe').length;
    if (edges.length) {
      var e = edges[0];
      e.querySelector('path, polygon, text').dispatchEvent(new MouseEvent('click', {bubbles: true}));
      r.edge_click_key = e.id;
      r.edge_click_evidence = panel.querySelectorAll('li').length;
      r.edge_click_selected = e.classList.contains('selected');
    }
    if (nodes.length) {
      var n = nodes[0];
      n.querySelector('polygon, ellipse, path, text').dispatchEvent(new MouseEvent('click', {bubbles: true}));
      r.node_click_id = n.id.slice(6);
      r.node_click_rows_visible = rows.filter(visible).length;
      r.node_click_rows_expected = rows.filter(function (x) {
        return x.dataset.s === r.node_click_id || x.dataset.t === r.node_click_id;
      }).length;
      r.node_click_evidence = panel.querySelectorAll('li').length;
      chip.querySelector('button').click();
      r.rows_after_clear = rows.filter(visible).length;
    }
    var countHeader = table.tHead.querySelector('th[data-col=count]');
    sortBy(countHeader);
    sortBy(countHeader);
    var counts = rows.map(function (x) { return parseInt(x.dataset.count, 10); });
    r.sorted_desc = counts.every(function (c, i) { return i === 0 || counts[i - 1] >= c; });
    r.first_row_count = counts.length ? counts[0] : 0;
    if (rows.length) {
      filterInput.value = rows[rows.length - 1].dataset.relation;
      r.filter_text = filterInput.value;
      r.filter_visible = applyFilters();
      r.filter_expected = rows.filter(function (x) {
        return haystack(x).indexOf(r.filter_text.toLowerCase()) >= 0;
      }).length;
      filterInput.value = '';
      applyFilters();
    }
    polaritySelect.value = 'hostile';
    r.hostile_visible = applyFilters();
    polaritySelect.value = '';
    applyFilters();
    if (edges.length) edges[0].querySelector('path, polygon, text').dispatchEvent(new MouseEvent('click', {bubbles: true}));
    var out = document.getElementById('selftest-result');
    out.textContent = JSON.stringify(r);
    document.body.dataset.selftest = 'done';
  }
  if (location.hash === '#selftest') selftest();
})();
)JS";

}  // namespace

std::string InlineSvg(const std::string& svg) {
  size_t start = svg.find("<svg");
  if (start == std::string::npos) return {};
  std::string out;
  out.reserve(svg.size() - start);
  // Comments go: Graphviz writes node ids in them, and a page need not.
  for (size_t i = start; i < svg.size();) {
    size_t c = svg.find("<!--", i);
    if (c == std::string::npos) {
      out.append(svg, i, std::string::npos);
      break;
    }
    out.append(svg, i, c - i);
    size_t e = svg.find("-->", c + 4);
    if (e == std::string::npos) break;
    i = e + 3;
    if (i < svg.size() && svg[i] == '\n') ++i;
  }
  // The root scales to the page; its natural width is kept for "Actual size".
  size_t tag_end = out.find('>');
  std::string root = out.substr(0, tag_end);
  std::string width;
  for (const char* attr : {"width=\"", "height=\""}) {
    size_t p = root.find(attr);
    if (p == std::string::npos) continue;
    size_t q = root.find('"', p + std::string_view(attr).size());
    if (q == std::string::npos) continue;
    if (std::string_view(attr) == "width=\"") width = root.substr(p + 7, q - p - 7);
    if (p > 0 && root[p - 1] == ' ') --p;
    root.erase(p, q - p + 1);
  }
  while (!root.empty() && root.back() == ' ') root.pop_back();
  root += " width=\"100%\" data-width=\"" + HtmlEscape(width.empty() ? "100%" : width) + "\"";
  return root + out.substr(tag_end);
}

std::string HtmlReport(const AllianceGraph& graph, const ReportAnalytics& analytics,
                       const ReportOptions& options) {
  const Graph& g = graph.graph();
  const LabelLanguage labels = options.labels;
  std::vector<Edge> edges = graph.SortedEdges();
  size_t evidence_total = 0;
  struct DocInfo {
    std::set<std::string> dates;
    std::set<std::string> langs;
    size_t evidence = 0;
    std::set<size_t> relations;
  };
  std::map<std::string, DocInfo> docs;
  for (size_t i = 0; i < edges.size(); ++i) {
    for (const Evidence& ev : g[edges[i]].evidence) {
      ++evidence_total;
      DocInfo& d = docs[ev.doc];
      if (!ev.date.empty()) d.dates.insert(ev.date);
      if (!ev.lang.empty()) d.langs.insert(ev.lang);
      ++d.evidence;
      d.relations.insert(i);
    }
  }
  std::string svg = InlineSvg(options.diagram_svg);
  size_t diagram_nodes = 0, diagram_edges = 0;
  for (size_t p = 0; (p = svg.find("class=\"node\"", p)) != std::string::npos; ++p) ++diagram_nodes;
  for (size_t p = 0; (p = svg.find("class=\"edge\"", p)) != std::string::npos; ++p) ++diagram_edges;

  std::string h;
  h.reserve(4096 + evidence_total * 400);
  h += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  h += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
       "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n";
  h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  h += "<meta name=\"generator\" content=\"tahaluf report\">\n";
  h += "<title>" + HtmlEscape(options.title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n";
  h += "<body data-actors=\"" + std::to_string(graph.num_nodes()) + "\" data-relations=\"" +
       std::to_string(edges.size()) + "\" data-evidence=\"" + std::to_string(evidence_total) +
       "\" data-documents=\"" + std::to_string(docs.size()) + "\" data-diagram-actors=\"" +
       std::to_string(diagram_nodes) + "\" data-diagram-relations=\"" +
       std::to_string(diagram_edges) + "\">\n";
  h += "<header><h1>" + HtmlEscape(options.title) + "</h1>\n<p>" + std::to_string(graph.num_nodes()) +
       " actors, " + std::to_string(edges.size()) + " relations, " + std::to_string(evidence_total) +
       " evidence sentences from " + std::to_string(docs.size()) + " documents.</p>\n";
  h += "<nav><a href=\"#diagram\">Diagram</a><a href=\"#relations\">Relations</a>"
       "<a href=\"#blocs\">Blocs</a><a href=\"#brokers\">Brokers</a>"
       "<a href=\"#documents\">Documents</a></nav></header>\n<main>\n";

  // Diagram and evidence panel.
  h += "<section id=\"diagram\"><h2>Diagram</h2>\n";
  if (!options.diagram_note.empty()) h += "<p class=\"note\">" + HtmlEscape(options.diagram_note) + "</p>\n";
  if (svg.empty()) {
    h += "<p class=\"note\">No diagram.</p>\n";
  } else {
    h += "<div class=\"tools\"><button id=\"zoom\" type=\"button\">Actual size</button>"
         "<span class=\"note\">Select an actor or a relation to see its evidence.</span></div>\n";
  }
  h += "<div id=\"diagram-area\">";
  if (!svg.empty()) h += "<div id=\"svgwrap\">" + svg + "</div>";
  h += "<aside id=\"evidence-panel\" aria-live=\"polite\"><h3>Evidence</h3><p class=\"note\">"
       "Select an actor or a relation in the diagram or the table.</p></aside></div>\n</section>\n";

  // Relations table.
  h += "<section id=\"relations\"><h2>Relations</h2>\n<div class=\"tools\">"
       "<input id=\"filter\" type=\"search\" placeholder=\"Filter: actor, relation, sentence\u2026\" "
       "size=\"36\" dir=\"auto\"> <select id=\"polarity\"><option value=\"\">all polarities</option>"
       "<option value=\"cooperative\">cooperative</option><option value=\"hostile\">hostile</option>"
       "<option value=\"neutral\">neutral</option></select> <span id=\"actor-chip\" hidden>"
       "actor: <span></span> <button type=\"button\" title=\"Show all actors\">\u2715</button></span>"
       " <span class=\"note\">showing <b id=\"shown\">" +
       std::to_string(edges.size()) + "</b> of " + std::to_string(edges.size()) +
       " relations</span></div>\n";
  h += "<table id=\"rel-table\"><thead><tr>"
       "<th data-col=\"subject\">Subject</th><th data-col=\"relation\">Relation</th>"
       "<th data-col=\"object\">Object</th><th data-col=\"polarity\">Polarity</th>"
       "<th data-col=\"cameo\">CAMEO</th><th data-col=\"count\" data-type=\"num\">Evidence</th>"
       "<th data-col=\"first\">First</th><th data-col=\"last\">Last</th>"
       "<th data-col=\"sentences\">Sentences</th></tr></thead>\n<tbody>\n";
  for (size_t i = 0; i < edges.size(); ++i) {
    const EdgeInfo& info = g[edges[i]];
    const NodeInfo& s = g[boost::source(edges[i], g)];
    const NodeInfo& t = g[boost::target(edges[i], g)];
    const RelationInfo& r = *info.relation;
    EdgeSummary sum = SummarizeEdge(info);
    std::string pol(PolarityName(r.polarity));
    std::string rel_label(r.name);
    std::replace(rel_label.begin(), rel_label.end(), '_', ' ');
    h += "<tr class=\"rel\" data-index=\"" + std::to_string(i) + "\" data-key=\"" +
         HtmlEscape(DiagramEdgeId(s, r.name, t)) + "\" data-s=\"" + HtmlEscape(s.id) + "\" data-t=\"" +
         HtmlEscape(t.id) + "\" data-relation=\"" + std::string(r.name) + "\" data-polarity=\"" + pol +
         "\" data-cameo=\"" + std::string(r.cameo) + "\" data-count=\"" +
         std::to_string(sum.evidence_count) + "\">";
    h += NameCell(s, labels);
    h += "<td data-sort=\"" + std::string(r.name) + "\">" + rel_label +
         (labels == LabelLanguage::kArabic
              ? "<span class=\"ar\" lang=\"ar\" dir=\"rtl\">" + std::string(RelationNameAr(r.name)) + "</span>"
              : "") +
         (r.symmetric ? " \u2194" : " \u2192") + "</td>";
    h += NameCell(t, labels);
    h += "<td data-sort=\"" + pol + "\"><span class=\"pol pol-" + pol + "\">" + pol + "</span></td>";
    h += "<td>" + std::string(r.cameo) + (r.plover.empty() ? "" : " <small>" + std::string(r.plover) + "</small>") +
         "</td>";
    h += "<td class=\"num\">" + std::to_string(sum.evidence_count) + "</td>";
    h += "<td>" + HtmlEscape(sum.first_date) + "</td><td>" + HtmlEscape(sum.last_date) + "</td>";
    h += "<td><details><summary>" + std::to_string(sum.evidence_count) +
         (sum.evidence_count == 1 ? " sentence" : " sentences") + (sum.hedged ? ", hedged" : "") +
         "</summary><ol class=\"ev\">";
    for (const Evidence& ev : info.evidence) h += EvidenceItem(ev);
    h += "</ol></details></td></tr>\n";
  }
  h += "</tbody></table>\n</section>\n";

  // Blocs and brokers.
  h += "<section id=\"blocs\"><h2>Blocs</h2>\n<p class=\"note\">" + HtmlEscape(analytics.blocs_method) +
       "</p>\n";
  if (analytics.blocs.empty()) h += "<p>No blocs.</p>\n";
  for (const ReportBloc& b : analytics.blocs) {
    h += "<div class=\"bloc\"><b>" + HtmlEscape(b.label) + "</b> (" + std::to_string(b.members.size()) +
         " actors): <span class=\"members\">";
    for (const std::string& id : b.members) {
      auto v = graph.FindNode(id);
      std::string name = v ? DisplayName(g[*v], labels) : id;
      h += "<button class=\"pick\" type=\"button\" data-actor=\"" + HtmlEscape(id) + "\"><span dir=\"auto\">" +
           HtmlEscape(name) + "</span></button>";
    }
    h += "</span></div>\n";
  }
  h += "</section>\n<section id=\"brokers\"><h2>Brokers</h2>\n<p class=\"note\">" +
       HtmlEscape(analytics.brokers_method) + "</p>\n";
  h += "<table id=\"broker-table\"><thead><tr><th>#</th><th>Actor</th><th>Kind</th><th>" +
       HtmlEscape(analytics.broker_score_name.empty() ? "score" : analytics.broker_score_name) +
       "</th></tr></thead><tbody>\n";
  for (size_t i = 0; i < analytics.brokers.size(); ++i) {
    const ReportBroker& b = analytics.brokers[i];
    auto v = graph.FindNode(b.id);
    NodeInfo fallback;
    fallback.id = b.id;
    const NodeInfo& n = v ? g[*v] : fallback;
    char score[32];
    std::snprintf(score, sizeof score, b.score == static_cast<long long>(b.score) ? "%.0f" : "%.3f", b.score);
    h += "<tr><td class=\"num\">" + std::to_string(i + 1) + "</td>" + NameCell(n, labels) + "<td>" +
         HtmlEscape(n.kind) + "</td><td class=\"num\">" + score + "</td></tr>\n";
  }
  h += "</tbody></table>\n</section>\n";

  // Documents.
  h += "<section id=\"documents\"><h2>Documents</h2>\n<table id=\"doc-table\"><thead><tr>"
       "<th>Document</th><th>Date</th><th>Language</th><th>Relations</th><th>Evidence</th>"
       "</tr></thead><tbody>\n";
  auto join = [](const std::set<std::string>& s) {
    std::string out;
    for (const std::string& x : s) out += (out.empty() ? "" : ", ") + x;
    return out;
  };
  for (const auto& [doc, d] : docs) {
    h += "<tr><td dir=\"auto\">" + HtmlEscape(doc) + "</td><td>" + HtmlEscape(join(d.dates)) + "</td><td>" +
         HtmlEscape(join(d.langs)) + "</td><td class=\"num\">" + std::to_string(d.relations.size()) +
         "</td><td class=\"num\">" + std::to_string(d.evidence) + "</td></tr>\n";
  }
  h += "</tbody></table>\n</section>\n</main>\n";

  // Actor names for the panel, then the script.
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.StartObject();
  for (Vertex v : graph.SortedNodes()) {
    const NodeInfo& n = g[v];
    w.Key(n.id.c_str(), static_cast<rapidjson::SizeType>(n.id.size()));
    w.StartArray();
    std::string shown = DisplayName(n, labels);
    w.String(shown.c_str(), static_cast<rapidjson::SizeType>(shown.size()));
    const std::string& other = labels == LabelLanguage::kArabic && !n.name_ar.empty() ? n.name : n.name_ar;
    w.String(other.c_str(), static_cast<rapidjson::SizeType>(other.size()));
    w.String(n.kind.c_str(), static_cast<rapidjson::SizeType>(n.kind.size()));
    w.EndArray();
  }
  w.EndObject();
  h += "<script type=\"application/json\" id=\"actor-data\">" +
       ScriptSafe(std::string(buf.GetString(), buf.GetSize())) + "</script>\n";
  h += "<pre id=\"selftest-result\"></pre>\n<script>" + std::string(kScript) + "</script>\n";
  h += "</body>\n</html>\n";
  return h;
}

}  // namespace tahaluf
