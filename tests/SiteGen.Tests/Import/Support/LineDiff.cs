using System.Text;

namespace SiteGen.Tests.Import.Support;

/// <summary>A unified-style line diff (LCS), to show what a golden file expected and what came out.</summary>
public static class LineDiff
{
    public static string Unified(string expected, string actual, string expectedName = "expected", string actualName = "actual")
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var output = new StringBuilder($"--- {expectedName}\n+++ {actualName}\n");
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                output.Append("  ").Append(a[x]).Append('\n');
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                output.Append("+ ").Append(Visible(b[y])).Append('\n');
                y++;
            }
            else
            {
                output.Append("- ").Append(Visible(a[x])).Append('\n');
                x++;
            }
        }

        return output.ToString();
    }

    private static string Visible(string line) => line.Replace("\t", "→", StringComparison.Ordinal).Replace("\r", "␍", StringComparison.Ordinal) + (line.EndsWith(' ') ? "·" : string.Empty);
}
