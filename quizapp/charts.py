"""Small server-rendered SVG bar charts: no JavaScript, no library, readable in light and dark mode.

Each chart is an image with a text summary (role="img" and a label); the page puts
the same numbers in a table beside it, so nothing is only visual (WCAG 1.1.1).
"""

from markupsafe import Markup, escape

WIDTH, HEIGHT = 600, 180
MARGIN_LEFT, MARGIN_BOTTOM, MARGIN_TOP = 36, 22, 8


def bar_chart(points, label, value_format="{:g}", max_value=None):
    """An SVG bar chart of ``points`` [(x label, value)], labelled for screen readers with ``label``."""
    plot_width = WIDTH - MARGIN_LEFT
    plot_height = HEIGHT - MARGIN_BOTTOM - MARGIN_TOP
    top = max_value if max_value is not None else max((v for _, v in points if v is not None), default=0)
    top = top or 1
    slot = plot_width / max(len(points), 1)
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{escape(label)}"'
        ' preserveAspectRatio="none" focusable="false">',
        f'<line class="axis" x1="{MARGIN_LEFT}" y1="{HEIGHT - MARGIN_BOTTOM}" x2="{WIDTH}" y2="{HEIGHT - MARGIN_BOTTOM}"/>',
        f'<text class="tick" x="{MARGIN_LEFT - 4}" y="{MARGIN_TOP + 10}" text-anchor="end">'
        f'{escape(value_format.format(top))}</text>',
        f'<text class="tick" x="{MARGIN_LEFT - 4}" y="{HEIGHT - MARGIN_BOTTOM}" text-anchor="end">0</text>',
    ]
    # Label as many bars as fit without overlapping (about 6.5 px per character at 11 px).
    longest = max((len(str(x)) for x, _ in points), default=1)
    label_every = max(1, -(-int(longest * 6.5 + 6) // max(int(slot), 1)))
    for index, (x_label, value) in enumerate(points):
        x = MARGIN_LEFT + index * slot
        if value:
            height = plot_height * min(value, top) / top
            parts.append(f'<rect class="bar" x="{x + slot * 0.15:.1f}" y="{HEIGHT - MARGIN_BOTTOM - height:.1f}"'
                         f' width="{slot * 0.7:.1f}" height="{height:.1f}"><title>{escape(x_label)}: '
                         f'{escape(value_format.format(value))}</title></rect>')
        if index % label_every == 0:
            parts.append(f'<text class="tick" x="{x + slot / 2:.1f}" y="{HEIGHT - 6}" text-anchor="middle">'
                         f'{escape(x_label)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
