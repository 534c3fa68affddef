using Chb.Contracts.V1;
using Google.Protobuf.WellKnownTypes;

namespace Chb.Hub.GainCoordination;

/// <summary>A CHB site as stored: its area, its dated phases (oldest first) and its baseline.</summary>
internal sealed record StoredSite(string SiteId, string Name, string Lead, DateTimeOffset Baseline, IReadOnlyList<SiteArea> Areas, IReadOnlyList<SitePhaseFrom> Phases)
{
    public IEnumerable<SiteArea> PostcodeAreas => Areas.Where(a => a.Kind != SiteArea.Uprn);

    public IEnumerable<string> Uprns => Areas.Where(a => a.Kind == SiteArea.Uprn).Select(a => a.Area);

    /// <summary>The phase in force at <paramref name="at"/>; unspecified before the first.</summary>
    public ChbPhase PhaseAt(DateTimeOffset at) => Phases.LastOrDefault(p => p.From <= at)?.Phase ?? ChbPhase.Unspecified;

    public Site ToContract()
    {
        var site = new Site { SiteId = SiteId, Name = Name, Lead = Lead, BaselineDate = Timestamp.FromDateTimeOffset(Baseline) };
        site.PostcodeAreas.AddRange(PostcodeAreas.Select(a => a.Area));
        site.Uprns.AddRange(Uprns);
        site.Phases.AddRange(Phases.Select(p => new SitePhase { Phase = p.Phase, From = Timestamp.FromDateTimeOffset(p.From) }));
        return site;
    }
}

/// <summary>One entry of a site's phase history: the phase runs from this date until the next entry's.</summary>
internal sealed record SitePhaseFrom(DateTimeOffset From, ChbPhase Phase)
{
    public static string Name(ChbPhase phase) => phase switch
    {
        ChbPhase.Clear => "clear",
        ChbPhase.Hold => "hold",
        ChbPhase.Build => "build",
        _ => string.Empty,
    };

    public static ChbPhase Parse(string phase) => phase switch
    {
        "clear" => ChbPhase.Clear,
        "hold" => ChbPhase.Hold,
        "build" => ChbPhase.Build,
        _ => ChbPhase.Unspecified,
    };
}
