using System.CommandLine;
using System.Globalization;
using Chb.Cli.GainCoordination;
using Chb.Cli.Lro;
using Chb.Contracts.V1;

namespace Chb.Cli.Commands;

/// <summary>
/// <c>chb site baseline SITE_ID [--from TIME] [--to TIME] [--format table|csv] --purpose CODE:WHY</c>: a site's performance
/// month by month from its baseline date, the same figures as <c>chb site show</c>; as CSV, exactly as the hub wrote it.
/// </summary>
internal static class SiteBaselineCommand
{
    private const string Csv = "csv";
    private static readonly string[] Formats = ["table", Csv];

    public static Command Create(CliContext context)
    {
        var id = SiteCommand.SiteArgument();
        var read = new ReadOptionSet();
        var period = SiteCommand.Period();
        var format = new Option<string>("--format")
        {
            Description = "table, or csv as the hub writes it (suppressed values [c]); with --json the CSV is its csv field",
            HelpName = "FORMAT",
            DefaultValueFactory = _ => Formats[0],
        };
        format.Validators.Add(r =>
        {
            if (!Formats.Contains(r.GetValueOrDefault<string>(), StringComparer.Ordinal))
            {
                r.AddError($"--format must be one of {string.Join(", ", Formats)}; got '{r.GetValueOrDefault<string>()}'");
            }
        });
        var command = new Command(
            "baseline",
            "Show a site's months from its baseline date: its phase, options raised, interventions, disruptions by grade, interventions by 4P strand, agencies engaged")
        {
            id, format,
        };
        read.AddTo(command);
        period.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var session = context.Session(parse);
            var csv = parse.GetValue(format) == Csv;
            var request = new GetBaselineRequest
            {
                Options = read.Read(parse, session.Environment),
                SiteId = parse.GetValue(id)!.Trim(),
                Period = period.Read(parse),
                Format = csv ? Csv : string.Empty,
            };
            using var hub = session.Connect();
            var result = GainMapper.Baseline(await hub.CallAsync(options => hub.Gain.GetBaselineAsync(request, options), ct));
            if (session.Output.Json)
            {
                session.Output.WriteJson(result, CliJson.Output.BaselineResult);
            }
            else if (csv)
            {
                session.Output.Raw((result.Csv ?? string.Empty).TrimEnd('\n'));
            }
            else
            {
                Print(session.Output, result);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(CliOutput output, BaselineResult baseline)
    {
        output.Line(string.Create(CultureInfo.InvariantCulture, $"Baseline of CHB site {baseline.SiteId}, as of change sequence {baseline.AsOfSequence}"));
        output.Line(FigureText.Threshold(baseline.SuppressBelow));
        var strands = baseline.Months.SelectMany(m => m.StrandBalance).Select(c => c.Dimensions[^1]).Distinct(StringComparer.Ordinal).ToList();
        var table = CliOutput.Table(
        [
            "month", "phase", "options raised", "interventions", "major", "moderate", "minor",
            .. strands.Select(AggregatePrinter.Heading),
            "agencies engaged",
        ]);
        foreach (var m in baseline.Months)
        {
            string Field(string name, long? value) => FigureText.Count(value, m.PartialFields.Contains(name, StringComparer.Ordinal));
            var byStrand = m.StrandBalance.ToDictionary(c => c.Dimensions[^1], StringComparer.Ordinal);
            CliOutput.AddRow(
                table,
                [
                    m.Month,
                    m.Phase ?? "none yet",
                    Field("opportunities_raised", m.OpportunitiesRaised),
                    Field("interventions", m.Interventions),
                    Field("disruptions_major", m.DisruptionsMajor),
                    Field("disruptions_moderate", m.DisruptionsModerate),
                    Field("disruptions_minor", m.DisruptionsMinor),
                    .. strands.Select(s => byStrand.TryGetValue(s, out var c) ? FigureText.Count(c.Value, c.ExcludesSuppressed) : string.Empty),
                    m.AgenciesEngaged.ToString(CultureInfo.InvariantCulture),
                ]);
        }

        output.Write(table);
        if (baseline.Months.Any(m => m.PartialFields.Count > 0))
        {
            output.Line(FigureText.PartialNote);
        }
    }
}
