using System.Globalization;
using System.Net;
using System.Text;

namespace SiteGen.Actors;

/// <summary>Draws actor networks as inline SVG at build time: no script, readable without JavaScript.</summary>
internal static class ActorGraphDrawer
{
    /// <summary>A node to draw: label, href and how strongly it is tied (drives size and line width).</summary>
    public sealed record Node(string Label, string Url, int Weight);

    /// <summary>The actor in the middle, its co-actors around it, lines as thick as their shared dispatches.</summary>
    public static string DrawStar(Node centre, IReadOnlyList<Node> around, string title)
    {
        const double width = 640, height = 420, cx = width / 2, cy = height / 2, radius = 150;
        var svg = Begin(width, height, title);
        var max = Math.Max(1, around.Count == 0 ? 1 : around.Max(n => n.Weight));
        var points = new List<(double X, double Y, Node Node)>();
        for (var i = 0; i < around.Count; i++)
        {
            var angle = (-Math.PI / 2) + (2 * Math.PI * i / around.Count);
            points.Add((cx + (radius * Math.Cos(angle)), cy + (radius * Math.Sin(angle)), around[i]));
        }

        svg.Append(TiesStart);
        foreach (var (x, y, node) in points)
        {
            Line(svg, cx, cy, x, y, 1 + (5.0 * node.Weight / max), node.Weight);
        }

        svg.Append(TiesEnd);
        Circle(svg, cx, cy, 12, centre, isCentre: true, cx, cy);
        foreach (var (x, y, node) in points)
        {
            Circle(svg, x, y, 5 + (5.0 * node.Weight / max), node, isCentre: false, cx, cy);
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Actors on a ring, a line for each of the strongest ties.</summary>
    public static string DrawNetwork(IReadOnlyList<Node> nodes, IReadOnlyList<(int A, int B, int Count)> ties, string title)
    {
        const double width = 900, height = 900, cx = width / 2, cy = height / 2, radius = 330;
        var svg = Begin(width, height, title);
        var positions = new (double X, double Y)[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            var angle = (-Math.PI / 2) + (2 * Math.PI * i / Math.Max(1, nodes.Count));
            positions[i] = (cx + (radius * Math.Cos(angle)), cy + (radius * Math.Sin(angle)));
        }

        var maxTie = ties.Count == 0 ? 1 : ties.Max(t => t.Count);
        svg.Append(TiesStart);
        foreach (var (a, b, count) in ties)
        {
            Line(svg, positions[a].X, positions[a].Y, positions[b].X, positions[b].Y, 0.5 + (5.0 * count / maxTie), count);
        }

        svg.Append(TiesEnd);

        var maxWeight = nodes.Count == 0 ? 1 : Math.Max(1, nodes.Max(n => n.Weight));
        for (var i = 0; i < nodes.Count; i++)
        {
            Circle(svg, positions[i].X, positions[i].Y, 4 + (8.0 * nodes[i].Weight / maxWeight), nodes[i], isCentre: false, cx, cy);
        }

        return svg.Append("</svg>").ToString();
    }

    // The lines repeat what the list beside the drawing says, so one group hides them all from assistive technology;
    // they take their colour from it. Each keeps its count as a tooltip.
    private const string TiesStart = "<g class=\"tie\" aria-hidden=\"true\">";
    private const string TiesEnd = "</g>";

    // A group, not an image: its nodes are links, and an image's children are hidden from assistive technology.
    private static StringBuilder Begin(double width, double height, string title)
    {
        var svg = new StringBuilder(4096);
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"actor-graph\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"group\" aria-labelledby=\"graph-title\">");
        svg.Append("<title id=\"graph-title\">").Append(WebUtility.HtmlEncode(title)).Append("</title>");
        return svg;
    }

    private static void Line(StringBuilder svg, double x1, double y1, double x2, double y2, double width, int count) =>
        svg.Append(CultureInfo.InvariantCulture,
            $"<line x1=\"{x1:0.#}\" y1=\"{y1:0.#}\" x2=\"{x2:0.#}\" y2=\"{y2:0.#}\" stroke-width=\"{width:0.##}\"><title>{count}</title></line>");

    private static void Circle(StringBuilder svg, double x, double y, double r, Node node, bool isCentre, double cx, double cy)
    {
        // Labels point away from the centre so that they do not cross the lines.
        var anchor = x < cx - 20 ? "end" : x > cx + 20 ? "start" : "middle";
        var dx = anchor switch { "end" => -(r + 4), "start" => r + 4, _ => 0 };
        var dy = anchor == "middle" ? (y <= cy ? -(r + 6) : r + 16) : 4;
        svg.Append("<a href=\"").Append(WebUtility.HtmlEncode(node.Url)).Append("\">");
        svg.Append(CultureInfo.InvariantCulture, $"<circle{(isCentre ? " class=\"centre\"" : string.Empty)} cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"{r:0.#}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + dx:0.#}\" y=\"{y + dy:0.#}\" text-anchor=\"{anchor}\">");
        svg.Append(WebUtility.HtmlEncode(node.Label)).Append("</text></a>");
    }
}
