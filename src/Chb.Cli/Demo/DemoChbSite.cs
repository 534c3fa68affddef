using Chb.Contracts.V1;
using Google.Protobuf.WellKnownTypes;

namespace Chb.Cli.Demo;

/// <summary>
/// The demo as a CHB site: the whole BD3 postcode district, a baseline and dated phases. <c>chb demo load</c> defines it
/// as an administrator, so a GAIN coordinator can look at it at once (<c>chb site show BD3-DEMO</c>).
/// </summary>
internal static class DemoChbSite
{
    public const string Id = "BD3-DEMO";

    public static Site Create()
    {
        var site = new Site { SiteId = Id, Name = "Bradford BD3 demo", Lead = "Bradford Community Safety Partnership", BaselineDate = Day(2023, 1, 1) };
        site.PostcodeAreas.Add("BD3");
        site.Phases.Add(new SitePhase { Phase = ChbPhase.Clear, From = Day(2023, 9, 4) });
        site.Phases.Add(new SitePhase { Phase = ChbPhase.Hold, From = Day(2024, 1, 15) });
        site.Phases.Add(new SitePhase { Phase = ChbPhase.Build, From = Day(2024, 6, 3) });
        return site;
    }

    /// <summary>Creates the site, or replaces it when an earlier load made it, presenting an admin token.</summary>
    public static async Task<Site> DefineAsync(CliSession session, string adminToken, CancellationToken cancellationToken)
    {
        using var hub = session.Connect(adminToken);
        var request = new UpsertSiteRequest { Site = Create() };
        return await hub.CallAsync((admin, _, options) => admin.UpsertSiteAsync(request, options), cancellationToken);
    }

    private static Timestamp Day(int year, int month, int day) => Timestamp.FromDateTime(new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc));
}
