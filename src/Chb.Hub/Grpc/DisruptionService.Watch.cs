using Chb.Contracts.V1;
using Chb.Hub.Access;
using Chb.Hub.Lro;
using Grpc.Core;

namespace Chb.Hub.Grpc;

/// <summary>
/// The watch: every new, changed and closed opportunity in the caller's OCG pictures, in event order, from a
/// sequence the client keeps. History first, then a CAUGHT_UP marker, then live changes as they commit.
/// </summary>
internal sealed partial class DisruptionService
{
    private const int WatchPage = 200;

    public override async Task Watch(WatchRequest request, IServerStreamWriter<WatchEvent> responseStream, ServerCallContext context)
    {
        var call = await BeginAsync(request.Options, context);
        var ct = context.CancellationToken;
        var assigned = NeedToKnow.OcgsOf(call.Caller);
        var ocgs = request.OcgReferences.Count == 0 ? assigned : [.. assigned.Intersect(request.OcgReferences, StringComparer.Ordinal)];
        var after = request.FromNow ? await reads.LastEventAsync(ct) : (long)Math.Min(request.AfterSequence, long.MaxValue);
        await consultations.RecordAsync(call.Caller, "Disruption.Watch", call.Purpose, [.. ocgs.Select(o => $"ocg:{o}")], [], [], ct);
        var caughtUp = false;
        while (!ct.IsCancellationRequested)
        {
            var advanced = progress.NextAdvance;
            var events = await reads.EventsAfterAsync(after, WatchPage, ct);
            var visible = (await needToKnow.SubjectsAsync(ocgs, ct)).Select(s => (s.Kind, s.HubId)).ToHashSet();
            var sent = new List<Opportunity>();
            var disclosure = policy.For(call.Caller);
            var views = new OptionViews(catalogue, disclosure, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
            foreach (var change in events)
            {
                after = change.EventSequence;
                if (!visible.Contains((change.SubjectKind, change.SubjectHubId))
                    || await reads.ByIdAsync(change.OpportunityId, ct) is not { } stored
                    || catalogue.Find(stored.TacticId) is not { } tactic)
                {
                    continue;
                }

                var option = views.Option(stored, tactic);
                sent.Add(option);
                await responseStream.WriteAsync(new WatchEvent { Sequence = (ulong)change.EventSequence, Opportunity = option, Kind = Kind(change.Kind) }, ct);
            }

            if (sent.Count > 0)
            {
                await consultations.RecordAsync(
                    call.Caller, "Disruption.Watch", call.Purpose, [.. sent.Select(o => $"opportunity:{o.OpportunityId}")], disclosure.Disclosed, disclosure.Withheld, ct);
            }

            if (events.Count > 0 && events[^1].EventSequence == after && events.Count == WatchPage)
            {
                continue;
            }

            if (!caughtUp)
            {
                caughtUp = true;
                await responseStream.WriteAsync(new WatchEvent { Sequence = (ulong)after, Kind = WatchEventKind.CaughtUp }, ct);
            }

            // Woken by this instance's projection; other instances' changes are seen by polling.
            await Task.WhenAny(advanced, Task.Delay(TimeSpan.FromSeconds(2), time, ct));
        }
    }

    private static WatchEventKind Kind(string kind) => kind switch
    {
        Opportunities.OpportunityStates.EventNew => WatchEventKind.New,
        Opportunities.OpportunityStates.EventClosed => WatchEventKind.Closed,
        _ => WatchEventKind.Changed,
    };
}
