using Chb.Hub.Data;
using Chb.Hub.Grpc;
using Chb.Hub.Ingest;
using Chb.Hub.Resilience;
using Grpc.Core;
using Polly;
using Polly.Registry;
using Polly.Timeout;

namespace Chb.Hub.Reads;

/// <summary>
/// Read-your-writes: holds a read until the store shows at least the change sequence the caller asks for.
/// Commits on this instance wake it at once; commits by other instances sharing the database are seen by
/// re-reading the sequence at a short interval.
/// </summary>
internal sealed class ReadBarrier(StoreStatusQueries status, ChangeNotifier notifier, ResiliencePipelineProvider<string> pipelines, TimeProvider time)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    private readonly ResiliencePipeline _timeout = pipelines.GetPipeline(ResiliencePipelineKeys.ReadBarrier);
    private readonly StoreStatusQueries _status = status;
    private readonly ChangeNotifier _notifier = notifier;
    private readonly TimeProvider _time = time;

    /// <summary>Returns the visible sequence once it is at least <paramref name="minSequence"/>.</summary>
    public async Task<long> WaitForAsync(ulong minSequence, CancellationToken cancellationToken)
    {
        if (minSequence > long.MaxValue)
        {
            GrpcErrors.ThrowBadRequest("min_sequence", "is out of range");
        }

        try
        {
            return await _timeout.ExecuteAsync(
                static async (state, ct) =>
                {
                    while (true)
                    {
                        var changed = state.self._notifier.NextChange;
                        var visible = await state.self._status.GetLastSequenceAsync(ct);
                        if (visible >= state.min)
                        {
                            return visible;
                        }

                        await Task.WhenAny(changed, Task.Delay(PollInterval, state.self._time, ct));
                        ct.ThrowIfCancellationRequested();
                    }
                },
                (self: this, min: (long)minSequence),
                cancellationToken);
        }
        catch (TimeoutRejectedException)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, $"Change sequence {minSequence} is not visible yet; retry shortly."));
        }
    }
}
