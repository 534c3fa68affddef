using Chb.Cli.GainCoordination;
using Chb.Cli.Lro;

namespace Chb.Cli;

/// <summary>
/// Prints an aggregated view (a CHB site month by month, an OCG): its single figures in one table, then a table per
/// measure and breakdown (owning agency, CHB phase, 4P strand, disruption grade) with a row per month. A suppressed
/// figure reads "suppressed", never 0 (see <see cref="FigureText"/>); months with nothing to count are left out.
/// </summary>
internal static class AggregatePrinter
{
    private static readonly Dictionary<string, string> Breakdowns = new(StringComparer.Ordinal)
    {
        ["agency"] = "owning agency",
        ["phase"] = "CHB phase",
        ["strand"] = "4P strand",
        ["grade"] = "disruption grade",
    };

    private static readonly Dictionary<string, string> Measures = new(StringComparer.Ordinal)
    {
        ["locations"] = "Places",
        ["nominals"] = "People named with them",
        ["members"] = "Members",
        ["morile_score"] = "MoRiLE score",
        ["opportunities"] = "Live options",
        ["opportunities_raised"] = "Options raised",
        ["interventions"] = "Interventions",
    };

    /// <summary>Writes the view as JSON or as tables, as the caller asked.</summary>
    public static int Show(CliOutput output, AggregateResult view)
    {
        if (output.Json)
        {
            output.WriteJson(view, CliJson.Output.AggregateResult);
        }
        else
        {
            Print(output, view);
        }

        return ExitCodes.Ok;
    }

    public static void Print(CliOutput output, AggregateResult view)
    {
        output.Line($"{view.Title}, as of change sequence {view.AsOfSequence}");
        output.Line(FigureText.Threshold(view.SuppressBelow));
        var withheld = view.Withheld.GroupBy(w => w.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        string Text(ParsedCell? parsed)
            => parsed?.Cell is { } c ? FigureText.Count(c.Value, c.ExcludesSuppressed, withheld.GetValueOrDefault(c.Key)) : string.Empty;

        var measures = view.Cells.Select(Parse).GroupBy(c => c.Measure, StringComparer.Ordinal).ToList();
        var figures = CliOutput.Table("figure", "value");
        foreach (var cell in measures.Where(m => BreakdownOf(m) is null).SelectMany(m => m))
        {
            CliOutput.AddRow(figures, Label(cell.Measure, cell.Row.Length > 0 ? $" ({Value(cell.Row)})" : string.Empty), Text(cell));
        }

        if (figures.Rows.Count > 0)
        {
            output.Write(figures);
        }

        var left = false;
        foreach (var measure in measures)
        {
            if (BreakdownOf(measure) is { } breakdown)
            {
                left |= Breakdown(output, measure.Key, breakdown, [.. measure], Text);
            }
        }

        if (view.Cells.Any(c => c.ExcludesSuppressed))
        {
            output.Line(FigureText.PartialNote);
        }

        if (left)
        {
            output.Line("Months not listed had nothing to count.");
        }
    }

    /// <summary>A breakdown part as a column heading: an agency code as it is; a phase, strand or grade as a word, such as "Pursue".</summary>
    public static string Heading(string part)
    {
        var value = Value(part);
        return Key(part) == "agency" || value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value[1..].ToLowerInvariant();
    }

    /// <summary>One measure's table; true when rows with nothing to count were left out.</summary>
    private static bool Breakdown(CliOutput output, string measure, string key, IReadOnlyList<ParsedCell> cells, Func<ParsedCell?, string> text)
    {
        var parts = cells.Select(c => c.Part).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var rows = cells.GroupBy(c => c.Row, StringComparer.Ordinal).ToList();
        var labelled = rows.Any(r => r.Key.Length > 0);
        string[] rowHeader = labelled ? [Key(rows.First(r => r.Key.Length > 0).Key)] : [];
        var table = CliOutput.Table([.. rowHeader, "total", .. parts.Select(Heading)]);
        foreach (var row in rows.Where(r => !labelled || !r.All(c => c.Cell is { Value: 0, ExcludesSuppressed: false })))
        {
            var byPart = row.Where(c => c.Part is not null).ToDictionary(c => c.Part!, StringComparer.Ordinal);
            string[] label = labelled ? [Value(row.Key)] : [];
            CliOutput.AddRow(table, [.. label, text(row.FirstOrDefault(c => c.Part is null)), .. parts.Select(p => text(byPart.GetValueOrDefault(p)))]);
        }

        var suffix = $"_by_{key}";
        var name = Label(measure.EndsWith(suffix, StringComparison.Ordinal) ? measure[..^suffix.Length] : measure, $" by {Breakdowns[key]}");
        if (table.Rows.Count == 0)
        {
            output.Line($"{name}: none in any month.");
        }
        else
        {
            output.Line($"{name}:");
            output.Write(table);
        }

        return table.Rows.Count < rows.Count;
    }

    /// <summary>The breakdown a measure's cells add to their totals, such as "strand"; null for single figures.</summary>
    private static string? BreakdownOf(IEnumerable<ParsedCell> cells) => cells.Select(c => c.Part).OfType<string>().Select(Key).FirstOrDefault();

    /// <summary>Splits "interventions/month:2024-03/grade:major" into its measure, its row (the month) and its part (the grade).</summary>
    private static ParsedCell Parse(CellView cell)
    {
        var pairs = cell.Dimensions.Skip(1).ToList();
        var part = pairs.Count > 0 && Breakdowns.ContainsKey(Key(pairs[^1])) ? pairs[^1] : null;
        var row = string.Join('/', part is null ? pairs : pairs[..^1]);
        return new ParsedCell(cell.Dimensions.Count > 0 ? cell.Dimensions[0] : string.Empty, row, part, cell);
    }

    private static string Label(string measure, string suffix)
        => (Measures.TryGetValue(measure, out var label) ? label : measure.Replace('_', ' ')) + suffix;

    private static string Key(string pair) => pair.IndexOf(':', StringComparison.Ordinal) is var i and >= 0 ? pair[..i] : pair;

    private static string Value(string pair) => pair.IndexOf(':', StringComparison.Ordinal) is var i and >= 0 ? pair[(i + 1)..] : pair;

    private sealed record ParsedCell(string Measure, string Row, string? Part, CellView Cell);
}
