using Chb.Contracts.V1;
using Chb.Hub.GainCoordination;
using Chb.Hub.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Chb.Hub.Grpc;

/// <summary>The aggregated views: an OCG, a CHB site by month, and a site's baseline (the same figures, optionally as CSV).</summary>
internal sealed partial class GainService
{
    [Authorize(Policy = HubPolicies.Gain)]
    public override async Task<AggregateView> GetOcgView(GetOcgViewRequest request, ServerCallContext context)
    {
        var call = await BeginAsync(request.Options, context);
        var ocg = request.OcgReference.Trim();
        if (ocg.Length is 0 or > MaxReference)
        {
            GrpcErrors.ThrowBadRequest("ocg_reference", $"give the OCG reference, at most {MaxReference} characters");
        }

        var ct = context.CancellationToken;
        var picture = await figures.OcgAsync(ocg, ct) ?? throw NotKnown(HoldingSubject.Ocg, ocg);
        var opportunities = await figures.OpportunitiesAsync(picture.Subjects, ct);
        var interventions = await figures.InterventionsAsync(picture.Subjects, ct);
        var cells = GainViews.Ocg(picture, opportunities, interventions, catalogue, agencies.All.Select(a => a.Code), call.Today, options.Value.SuppressBelow);
        var view = View(string.IsNullOrEmpty(picture.Name) ? $"OCG {ocg}" : $"OCG {ocg} {picture.Name}", cells, call);
        await RecordViewAsync(call, "Gain.GetOcgView", $"ocg:{ocg}", cells, ct);
        return view;
    }

    [Authorize(Policy = HubPolicies.Gain)]
    public override async Task<AggregateView> GetSiteView(GetSiteViewRequest request, ServerCallContext context)
    {
        var call = await BeginAsync(request.Options, context);
        var (site, months) = await SiteAndMonthsAsync(request.SiteId, request.Period, call, context.CancellationToken);
        var set = await SiteFiguresAsync(site, context.CancellationToken);
        var cells = GainViews.Site(set, months, catalogue, agencies.All.Select(a => a.Code), options.Value.SuppressBelow);
        var view = View($"CHB site {site.SiteId} {site.Name}", cells, call);
        await RecordViewAsync(call, "Gain.GetSiteView", $"site:{site.SiteId}", cells, context.CancellationToken);
        return view;
    }

    [Authorize(Policy = HubPolicies.Gain)]
    public override async Task<BaselineResponse> GetBaseline(GetBaselineRequest request, ServerCallContext context)
    {
        var call = await BeginAsync(request.Options, context);
        var format = request.Format.Trim().ToLowerInvariant();
        if (format.Length > 0 && format != Baselines.Csv)
        {
            GrpcErrors.ThrowBadRequest("format", $"use \"{Baselines.Csv}\", or leave it empty for the months only");
        }

        var (site, months) = await SiteAndMonthsAsync(request.SiteId, request.Period, call, context.CancellationToken);
        var set = await SiteFiguresAsync(site, context.CancellationToken);
        var cells = GainViews.Site(set, months, catalogue, agencies.All.Select(a => a.Code), options.Value.SuppressBelow);
        var response = new BaselineResponse { SiteId = site.SiteId, AsOfSequence = (ulong)call.AsOf, SuppressBelow = (uint)options.Value.SuppressBelow };
        response.Months.AddRange(months.Select(m => Baselines.Month(site, cells, set, m)));
        if (format == Baselines.Csv)
        {
            response.Csv = Baselines.ToCsv(site.SiteId, response.Months);
        }

        await RecordViewAsync(call, "Gain.GetBaseline", $"site:{site.SiteId}", cells, context.CancellationToken);
        return response;
    }

    private async Task<(StoredSite Site, List<DateOnly> Months)> SiteAndMonthsAsync(string siteId, Period? period, GainCall call, CancellationToken cancellationToken)
    {
        var id = siteId.Trim();
        if (id.Length is 0 or > MaxReference)
        {
            GrpcErrors.ThrowBadRequest("site_id", $"give the site id, at most {MaxReference} characters");
        }

        var site = await sites.GetAsync(id, cancellationToken) ?? throw NotKnown("site", id);
        var from = site.Baseline;
        var to = call.Now;
        if (period?.From is not null && !SiteValidator.TryDate(period.From, out from))
        {
            GrpcErrors.ThrowBadRequest("period.from", "is not a valid time");
        }

        if (period?.To is not null && !SiteValidator.TryDate(period.To, out to))
        {
            GrpcErrors.ThrowBadRequest("period.to", "is not a valid time");
        }

        if (from > to)
        {
            GrpcErrors.ThrowBadRequest("period", "from must not be after to (a site's months start at its baseline date)");
        }

        var months = GainViews.Months(DateOnly.FromDateTime(from.UtcDateTime), DateOnly.FromDateTime(to.UtcDateTime));
        if (months.Count > options.Value.MaxMonths)
        {
            GrpcErrors.ThrowBadRequest("period", $"spans {months.Count} months; ask for at most {options.Value.MaxMonths}");
        }

        return (site, months);
    }

    private async Task<SiteFigureSet> SiteFiguresAsync(StoredSite site, CancellationToken cancellationToken)
    {
        var locations = await figures.SiteLocationsAsync(site, cancellationToken);
        var nominals = (await figures.PeopleAtAsync(locations, cancellationToken)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        List<string> subjects = [.. locations, .. nominals];
        var ocgs = (await figures.MemberOcgsAsync(nominals, cancellationToken)).DistinctBy(o => o.Ocg, StringComparer.Ordinal).ToList();
        return new SiteFigureSet(
            locations, nominals, await figures.OpportunitiesAsync(subjects, cancellationToken), await figures.InterventionsAsync(subjects, cancellationToken), ocgs);
    }

    private AggregateView View(string title, ViewCells cells, GainCall call)
    {
        var view = new AggregateView { Title = title, AsOfSequence = (ulong)call.AsOf, SuppressBelow = (uint)options.Value.SuppressBelow };
        view.Cells.AddRange(cells.Cells);
        view.Withheld.AddRange(cells.Suppressed.Select(key => new Withheld { Field = key, Reason = WithheldReason.SmallCountSuppressed }));
        return view;
    }

    private Task RecordViewAsync(GainCall call, string rpc, string subject, ViewCells cells, CancellationToken cancellationToken)
        => consultations.RecordAsync(
            call.Caller, rpc, call.Purpose, [subject], [],
            [.. cells.Suppressed.Select(key => $"{subject}/{key}:{WithheldReason.SmallCountSuppressed}")], cancellationToken);
}
