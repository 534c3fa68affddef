using System.Text.RegularExpressions;
using Chb.Contracts.V1;
using Chb.Hub.Grpc;
using Google.Protobuf.Collections;
using Google.Protobuf.WellKnownTypes;

namespace Chb.Hub.GainCoordination;

/// <summary>Checks a site as an administrator sent it and normalises it; every problem is reported at once.</summary>
internal static partial class SiteValidator
{
    public const int MaxText = 200;
    public const int MaxAreas = 200;
    public const int MaxUprns = 10_000;
    public const int MaxPhases = 100;

    /// <summary>The normalised site, or INVALID_ARGUMENT naming every field that is wrong.</summary>
    public static StoredSite Validate(Site? site)
    {
        if (site is null)
        {
            GrpcErrors.ThrowBadRequest("site", "send the site to create or replace");
        }

        var problems = new List<(string Field, string Description)>();
        var id = site.SiteId.Trim();
        if (id.Length > 0 && !IdShape().IsMatch(id))
        {
            problems.Add(("site.site_id", "use letters, digits, '.', '_' and '-' (at most 64, starting with a letter or digit), or leave it empty for the hub to assign one"));
        }

        var name = site.Name.Trim();
        if (name.Length is 0 or > MaxText)
        {
            problems.Add(("site.name", $"name the site in 1 to {MaxText} characters"));
        }

        var lead = site.Lead.Trim();
        if (lead.Length > MaxText)
        {
            problems.Add(("site.lead", $"at most {MaxText} characters"));
        }

        var areas = new List<SiteArea>();
        Collect(site.PostcodeAreas, MaxAreas, "site.postcode_areas", SiteAreaParser.Postcode,
            "must be a postcode district such as BD3 or a sector such as BD3 8; list single properties by UPRN instead", areas, problems);
        Collect(site.Uprns, MaxUprns, "site.uprns", SiteAreaParser.Uprn, "must be a UPRN: 1 to 12 digits", areas, problems);
        if (site.PostcodeAreas.Count == 0 && site.Uprns.Count == 0)
        {
            problems.Add(("site.postcode_areas", "give at least one postcode district or sector, or list UPRNs"));
        }

        if (!TryDate(site.BaselineDate, out var baseline))
        {
            problems.Add(("site.baseline_date", "say when the baseline is taken from"));
        }

        var phases = Phases(site.Phases, problems);
        if (problems.Count > 0)
        {
            throw GrpcErrors.BadRequest([.. problems]);
        }

        return new StoredSite(id.Length > 0 ? id : GainIds.Site(), name, lead, baseline, areas.Distinct().ToList(), phases);
    }

    public static bool TryDate(Timestamp? timestamp, out DateTimeOffset value)
    {
        value = default;
        if (timestamp is null || timestamp.Nanos is < 0 or > 999_999_999 || timestamp.Seconds is < -62_135_596_800 or > 253_402_300_799)
        {
            return false;
        }

        value = timestamp.ToDateTimeOffset();
        return true;
    }

    private static void Collect(
        RepeatedField<string> raw, int max, string field, Func<string, SiteArea?> parse, string description, List<SiteArea> into, List<(string, string)> problems)
    {
        if (raw.Count > max)
        {
            problems.Add((field, $"at most {max} entries"));
            return;
        }

        for (var i = 0; i < raw.Count; i++)
        {
            if (parse(raw[i]) is { } area)
            {
                into.Add(area);
            }
            else
            {
                problems.Add(($"{field}[{i}]", description));
            }
        }
    }

    private static List<SitePhaseFrom> Phases(RepeatedField<SitePhase> raw, List<(string, string)> problems)
    {
        if (raw.Count > MaxPhases)
        {
            problems.Add(("site.phases", $"at most {MaxPhases} entries"));
            return [];
        }

        var phases = new List<(int Index, SitePhaseFrom Phase)>();
        for (var i = 0; i < raw.Count; i++)
        {
            var ok = true;
            if (raw[i].Phase == ChbPhase.Unspecified || !System.Enum.IsDefined(raw[i].Phase))
            {
                problems.Add(($"site.phases[{i}].phase", "must be clear, hold or build"));
                ok = false;
            }

            if (!TryDate(raw[i].From, out var from))
            {
                problems.Add(($"site.phases[{i}].from", "say when the phase began"));
                ok = false;
            }

            if (ok)
            {
                phases.Add((i, new SitePhaseFrom(from, raw[i].Phase)));
            }
        }

        var ordered = phases.OrderBy(p => p.Phase.From).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].Phase.From == ordered[i - 1].Phase.From)
            {
                problems.Add(($"site.phases[{ordered[i].Index}].from", "two phases cannot begin at the same time"));
            }
            else if (ordered[i].Phase.Phase == ordered[i - 1].Phase.Phase)
            {
                problems.Add(($"site.phases[{ordered[i].Index}].phase", "is the phase already in force: a phase runs until the next one begins"));
            }
        }

        return [.. ordered.Select(p => p.Phase)];
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdShape();
}
