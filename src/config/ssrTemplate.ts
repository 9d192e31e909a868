/**
 * Docusaurus' page template (@docusaurus/core's ssgTemplate.html), except for
 * how the page's scripts start: after the first contentful paint, not as
 * `<script defer>` in the head.
 *
 * With `defer`, main.js and the route's chunks were downloaded and run before
 * the first paint whenever they arrived before the stylesheet was applied (a
 * second visit, the offline copy, a fast network): about 60 ms of start-up, 240
 * ms on a slow phone, between the reader and the text the HTML already holds.
 * Lighthouse's simulation counts every script that finished before the largest
 * paint as delaying it (LCP 2.2–2.9 s on home and a short article, stock
 * Docusaurus the same; 1.05–1.25 s with this). A reader on a slow network gets
 * the text first and the page's controls (sidebar toggles, search, code
 * buttons) a download later; links work before, as plain links.
 *
 * The scripts are added in order (`async = false`: the runtime first). A tab
 * opened in the background paints nothing until shown, so its scripts start at
 * once; a browser that reports no paints starts them after the first frame, and
 * one that should never report the paint it promised, after 3 s.
 * The URLs are JSON with `<` escaped: nothing in them can end the script.
 */
export const SSR_TEMPLATE = `<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
  <head>
    <meta charset="UTF-8">
    <meta name="generator" content="Docusaurus v<%= it.version %>">
    <% it.metaAttributes.forEach((metaAttribute) => { %>
      <%~ metaAttribute %>
    <% }); %>
    <%~ it.headTags %>
    <% it.stylesheets.forEach((stylesheet) => { %>
      <link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" />
    <% }); %>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <%~ it.postBodyTags %>
    <script>(function (urls) {
      var started = false;
      function start() {
        if (started) return;
        started = true;
        urls.forEach(function (url) {
          var script = document.createElement('script');
          script.src = url;
          script.async = false;
          document.head.appendChild(script);
        });
      }
      if (document.hidden) return start();
      setTimeout(start, 3000);
      try {
        if (PerformanceObserver.supportedEntryTypes.indexOf('paint') < 0) throw 0;
        new PerformanceObserver(function (list, observer) {
          if (!list.getEntriesByName('first-contentful-paint').length) return;
          observer.disconnect();
          start();
        }).observe({type: 'paint', buffered: true});
      } catch (noPaintTiming) {
        requestAnimationFrame(function () { setTimeout(start); });
      }
    })(<%~ JSON.stringify(it.scripts.map((script) => it.baseUrl + script)).replace(/</g, '\\\\u003c') %>);</script>
  </body>
</html>
`;
