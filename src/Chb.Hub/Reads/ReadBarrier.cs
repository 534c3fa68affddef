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
    public Task<long> WaitForAsync(ulong minSequence, CancellationToken cancellationToken)
        => WaitForAsync(minSequence, _status.GetLastSequenceAsync, () => _notifier.NextChange, cancellationToken);

    /// <summary>
    /// Returns once <paramref name="read"/> shows at least <paramref name="minSequence"/>: the store's change
    /// sequence, or a projection's checkpoint. <paramref name="signal"/> gives a task that completes at the next
    /// local advance; other instances' advances are seen by polling.
    /// </summary>
    public async Task<long> WaitForAsync(ulong minSequence, Func<CancellationToken, Task<long>> read, Func<Task> signal, CancellationToken cancellationToken)
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
                        var changed = state.signal();
                        var visible = await state.read(ct);
                        if (visible >= state.min)
                        {
                            return visible;
                        }

                        await Task.WhenAny(changed, Task.Delay(PollInterval, state.time, ct));
                        ct.ThrowIfCancellationRequested();
                    }
                },
                (read, signal, time: _time, min: (long)minSequence),
                cancellationToken);
        }
        catch (TimeoutRejectedException)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, $"Change sequence {minSequence} is not visible yet; retry shortly."));
        }
    }
}
