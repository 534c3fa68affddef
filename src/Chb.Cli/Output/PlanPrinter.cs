using System.Globalization;
using Chb.Cli.Lro;
using Chb.Contracts.V1;

namespace Chb.Cli;

/// <summary>
/// Prints a plan: the ranked options, the live ones by CHB phase and 4P strand, the 4P balance (flagging an
/// all-Pursue plan), and the history of interventions.
/// </summary>
internal static class PlanPrinter
{
    private const int MaxBar = 40;
    private static readonly string[] Phases = [.. new[] { ChbPhase.Clear, ChbPhase.Hold, ChbPhase.Build }.Select(EnumText.Kebab)];
    private static readonly string[] Strands = [.. new[] { FourPStrand.Pursue, FourPStrand.Prevent, FourPStrand.Protect, FourPStrand.Prepare }.Select(EnumText.Kebab)];

    /// <summary>Prints the plan; <paramref name="subjects"/> names hub ids (people, places), and the grid names them when there is more than one.</summary>
    public static void Print(CliOutput output, IPlanView plan, IReadOnlyDictionary<string, string> subjects)
    {
        Options(output, plan.Options, subjects);
        Grid(output, plan, subjects);
        Balance(output, plan);
        History(output, plan, subjects);
    }

    private static void Options(CliOutput output, IReadOnlyList<OptionView> options, IReadOnlyDictionary<string, string> subjects)
    {
        if (options.Count == 0)
        {
            output.Line("Options: none yet.");
            return;
        }

        output.Line("Options, ranked:");
        var table = CliOutput.Table("#", "priority", "opportunity", "tactic", "legal power / statute", "owner (contact)", "status", "subject", "justification");
        var reasons = new List<string>();
        var rank = 0;
        foreach (var o in options)
        {
            rank++;
            CliOutput.AddRow(
                table,
                rank.ToString(CultureInfo.InvariantCulture),
                o.Priority.ToString("0.##", CultureInfo.InvariantCulture),
                o.OpportunityId,
                $"{o.TacticId} {o.TacticName}",
                Join(" / ", o.LegalPower, o.Statute),
                o.OwningAgencyContact.Length > 0 ? $"{o.OwningAgency} ({o.OwningAgencyContact})" : o.OwningAgency,
                o.Status,
                Named(subjects, o.SubjectHubId),
                Justification(o));
            if (o.DeconflictionContact.Length == 0 && o.Rationale.Length > 0)
            {
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{rank}. {o.TacticId}: {o.Rationale}"));
            }
        }

        output.Write(table);
        if (reasons.Count > 0)
        {
            output.Line("Why each option is offered:");
            foreach (var reason in reasons)
            {
                output.Line(reason);
            }
        }
    }

    /// <summary>
    /// The agencies whose records justify the option, or "deconfliction: contact ..." when the hub gave a point of
    /// contact only; every other withheld field named with its reason.
    /// </summary>
    private static string Justification(OptionView o)
    {
        var deconflicted = o.DeconflictionContact.Length > 0;
        var parts = new List<string>
        {
            deconflicted ? $"deconfliction: contact {o.DeconflictionContact}"
                : o.CorroboratingAgencies.Count > 0 ? $"records of {string.Join(", ", o.CorroboratingAgencies)}" : string.Empty,
        };
        var shown = deconflicted ? o.Withheld.Where(w => w.Reason == EnumText.Kebab(WithheldReason.Deconfliction)).Select(w => w.Field).ToArray() : [];
        parts.AddRange(WithheldText.Others(o.Withheld, shown));
        return Join("; ", [.. parts]);
    }

    private static void Grid(CliOutput output, IPlanView plan, IReadOnlyDictionary<string, string> subjects)
    {
        if (plan.Groups.Count == 0)
        {
            output.Line("By CHB phase and 4P strand: no live options.");
            return;
        }

        var byId = plan.Options.ToDictionary(o => o.OpportunityId, StringComparer.Ordinal);
        var named = plan.Options.Select(o => o.SubjectHubId).Distinct(StringComparer.Ordinal).Count() > 1;
        string Label(string id) => byId.TryGetValue(id, out var o) ? named ? $"{o.TacticId} {Named(subjects, o.SubjectHubId)}" : o.TacticId : id;

        output.Line("Live options by CHB phase and 4P strand:");
        var table = CliOutput.Table(["phase", .. Strands.Select(Capital)]);
        foreach (var phase in Phases)
        {
            var cells = Strands.Select(strand => string.Join(named ? "\n" : ", ", plan.Groups
                .Where(g => g.Phase == phase && g.Strand == strand)
                .SelectMany(g => g.OpportunityIds)
                .Select(Label)));
            CliOutput.AddRow(table, [Capital(phase), .. cells]);
        }

        output.Write(table);
        foreach (var other in plan.Groups.Where(g => !Phases.Contains(g.Phase) || !Strands.Contains(g.Strand)))
        {
            output.Line($"Also {other.Phase}/{other.Strand}: {string.Join(", ", other.OpportunityIds.Select(Label))}");
        }
    }

    private static void Balance(CliOutput output, IPlanView plan)
    {
        output.Line($"4P balance: {string.Join(", ", plan.Balance.Select(b => string.Create(CultureInfo.InvariantCulture, $"{Capital(b.Strand)} {b.OpenOptions}")))}");
        var table = CliOutput.Table("4P strand", "live options", string.Empty);
        foreach (var b in plan.Balance)
        {
            CliOutput.AddRow(table, Capital(b.Strand), b.OpenOptions.ToString(CultureInfo.InvariantCulture), new string('█', Math.Clamp(b.OpenOptions, 0, MaxBar)));
        }

        output.Write(table);
        if (plan.AllPursue)
        {
            output.Line("All-Pursue plan: every live option is Pursue. Ask partners for Prevent, Protect and Prepare options to balance it.");
        }
    }

    private static void History(CliOutput output, IPlanView plan, IReadOnlyDictionary<string, string> subjects)
    {
        if (plan.History.Count == 0)
        {
            output.Line("History: no interventions recorded yet.");
            return;
        }

        var names = plan.Options.ToDictionary(o => o.OpportunityId, o => o.TacticName, StringComparer.Ordinal);
        output.Line("History of interventions:");
        var table = CliOutput.Table("taken at (UTC)", "tactic", "opportunity", "subject", "disruption", "status", "recorded by", "summary", "intervention");
        foreach (var i in plan.History)
        {
            CliOutput.AddRow(
                table,
                i.TakenAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? string.Empty,
                names.TryGetValue(i.OpportunityId, out var name) ? $"{i.TacticId} {name}" : i.TacticId,
                i.OpportunityId,
                Subject(subjects, i.SubjectHubId),
                i.AssessedDisruption,
                i.NewStatus,
                $"{i.RecordedBy} ({i.RecordedByAgency})",
                i.OutcomeSummary,
                i.InterventionId);
        }

        output.Write(table);
    }

    /// <summary>A subject's name when the answer carried it (a member, a place), else its hub id.</summary>
    private static string Named(IReadOnlyDictionary<string, string> subjects, string hubId)
        => subjects.TryGetValue(hubId, out var name) && name.Length > 0 ? name : hubId;

    /// <summary>A subject's name and hub id, or the hub id alone.</summary>
    public static string Subject(IReadOnlyDictionary<string, string> subjects, string hubId)
        => subjects.TryGetValue(hubId, out var name) && name.Length > 0 ? $"{name} ({hubId})" : hubId;

    private static string Capital(string kebab) => kebab.Length == 0 ? kebab : char.ToUpperInvariant(kebab[0]) + kebab[1..].Replace('-', ' ');

    private static string Join(string separator, params string[] parts) => string.Join(separator, parts.Where(p => p.Length > 0));
}
