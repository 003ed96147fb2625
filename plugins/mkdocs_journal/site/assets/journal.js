/* mkdocs-journal: the calendar heatmap as one keyboard stop.
   The chart is a WAI-ARIA grid that keeps focus on itself and points at the active day with
   aria-activedescendant, so a screen reader names each day and Tab leaves the chart in one
   press. Arrow keys move a day (up, down) or a week (left, right); Home and End go to the
   week's first and last day, Ctrl+Home and Ctrl+End to the chart's; Enter or Space opens the
   day. Without this script the chart is a picture, and the month-by-month list under it
   holds every link. */
(() => {
  const ACTIVE = "journal-cell--active";

  /* The chart's days in date order: rows are weekdays, so day i sits in row i % 7. */
  const daysOf = grid => {
    const rows = Array.from(grid.querySelectorAll("[role=row]"),
      row => row.querySelectorAll("[role=gridcell]"));
    const days = [];
    for (let week = 0; week < (rows[0] || []).length; week++)
      for (const row of rows) days.push(row[week]);
    return days;
  };

  const open = cell => {
    if (cell && cell.dataset.href) window.location.assign(new URL(cell.dataset.href, document.baseURI));
  };

  const activate = (grid, days, index) => {
    const cell = days[index];
    const previous = grid.querySelector("." + ACTIVE);
    if (previous) previous.classList.remove(ACTIVE);
    cell.id = cell.id || `journal-day-${grid.dataset.journalChart}-${index}`;
    cell.classList.add(ACTIVE);
    grid.setAttribute("aria-activedescendant", cell.id);
    cell.scrollIntoView({block: "nearest", inline: "nearest"});
    const status = grid.closest(".journal-heatmap").querySelector(".journal-heatmap__status");
    if (status) status.textContent = cell.getAttribute("aria-label") || "";
  };

  const current = (grid, days) => {
    const active = grid.querySelector("." + ACTIVE);
    const start = active || grid.querySelector("[data-start]");
    return start ? days.indexOf(start) : days.length - 1;
  };

  /* Where a key goes from day `at`, or undefined for a key the chart leaves alone. */
  const target = (event, at, days) => {
    const first = days.findIndex(cell => cell.hasAttribute("aria-label"));
    const last = days.length - 1 - [...days].reverse().findIndex(cell => cell.hasAttribute("aria-label"));
    const monday = at - (at % 7);
    const steps = {
      ArrowLeft: -7, ArrowRight: 7, ArrowUp: -1, ArrowDown: 1, PageUp: -28, PageDown: 28,
    };
    let to;
    if (event.key in steps) to = at + steps[event.key];
    else if (event.key === "Home") to = event.ctrlKey ? first : monday;
    else if (event.key === "End") to = event.ctrlKey ? last : monday + 6;
    else return undefined;
    const sideways = event.key === "ArrowLeft" || event.key === "ArrowRight";
    if (sideways && getComputedStyle(event.currentTarget).direction === "rtl")
      to = at - steps[event.key];  /* right to left, the newest week is leftmost */
    return Math.min(last, Math.max(first, to));
  };

  let charts = 0;
  const setUp = root => {
    for (const grid of root.querySelectorAll(".journal-heatmap__grid[role=grid]")) {
      if (grid.dataset.journalChart) continue;
      grid.dataset.journalChart = String(++charts);
      grid.addEventListener("focus", () => {
        const days = daysOf(grid);
        if (days.length) activate(grid, days, current(grid, days));
      });
      grid.addEventListener("keydown", event => {
        const days = daysOf(grid);
        if (!days.length || event.altKey || event.metaKey) return;
        const at = current(grid, days);
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          open(days[at]);
          return;
        }
        const to = target(event, at, days);
        if (to === undefined) return;
        event.preventDefault();
        activate(grid, days, to);
      });
      grid.addEventListener("click", event => {
        const cell = event.target.closest("[role=gridcell][aria-label]");
        if (!cell) return;
        const days = daysOf(grid);
        activate(grid, days, days.indexOf(cell));
        open(cell);
      });
    }
    /* A chart wider than the page says it scrolls (it opens at its newest weeks). */
    for (const scroll of root.querySelectorAll(".journal-heatmap__scroll")) {
      const wide = scroll.scrollWidth > scroll.clientWidth + 1;
      scroll.closest(".journal-heatmap").classList.toggle("journal-heatmap--scrolls", wide);
    }
  };

  const start = () => setUp(document);
  if (window.document$ && typeof window.document$.subscribe === "function")
    window.document$.subscribe(start);  /* Material's instant navigation swaps the page */
  else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
  window.addEventListener("resize", start);
})();
