using System.Threading.Channels;
using Chb.Adapters;
using Polly;
using Polly.Timeout;

namespace Chb.Hub.Adapters;

/// <summary>
/// One parse of one file by one plugin, run on its own task so the host can give up on it. Rows pass
/// through a bounded channel (back-pressure keeps memory flat); waiting for a row is bounded by the row
/// timeout, except while the plugin is itself waiting for the pusher's next chunk.
/// </summary>
internal sealed class AdapterRun : IAsyncDisposable
{
    private readonly Channel<AdapterRow?> _rows = Channel.CreateBounded<AdapterRow?>(
        new BoundedChannelOptions(1024) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly CancellationTokenSource _stop;
    private readonly ObservedStream _input;
    private readonly ResiliencePipeline _rowTimeout;
    private readonly Task _parse;

    public AdapterRun(IHubAdapter adapter, Stream input, AdapterContext context, ResiliencePipeline rowTimeout, CancellationToken cancellationToken)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _input = new ObservedStream(input);
        _rowTimeout = rowTimeout;
        _parse = Task.Run(() => ParseAsync(adapter, context, _stop.Token), CancellationToken.None);
    }

    /// <summary>Takes a row that is already waiting, without blocking.</summary>
    public bool TryRead(out AdapterRow? row) => _rows.Reader.TryRead(out row);

    /// <summary>Waits for the next row; false at the end of the file.</summary>
    /// <exception cref="AdapterFaultException">The plugin threw or stopped responding.</exception>
    public async ValueTask<(bool HasRow, AdapterRow? Row)> NextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_rows.Reader.TryRead(out var ready))
            {
                return (true, ready);
            }

            var progress = _input.BytesRead;
            try
            {
                var more = await _rowTimeout.ExecuteAsync(
                    static (reader, ct) => reader.WaitToReadAsync(ct), _rows.Reader, cancellationToken);
                if (!more)
                {
                    return (false, null);
                }
            }
            catch (TimeoutRejectedException) when (_input.IsWaitingForData || _input.BytesRead != progress)
            {
                // Slow pusher, not a stuck plugin: keep waiting.
            }
            catch (TimeoutRejectedException)
            {
                throw new AdapterFaultException("the adapter stopped responding");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        // A plugin that ignores cancellation is abandoned rather than awaited: it must not hold the call.
        if (_parse.IsCompleted)
        {
            _stop.Dispose();
        }
    }

    private async Task ParseAsync(IHubAdapter adapter, AdapterContext context, CancellationToken cancellationToken)
    {
        try
        {
            var rows = adapter.ParseAsync(_input, context, cancellationToken)
                ?? throw new AdapterFaultException("the adapter returned no row sequence");
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                await _rows.Writer.WriteAsync(row, cancellationToken);
            }

            _rows.Writer.TryComplete();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _rows.Writer.TryComplete(new OperationCanceledException(cancellationToken));
        }
        catch (AdapterFaultException ex)
        {
            _rows.Writer.TryComplete(ex);
        }
        catch (Exception ex)
        {
            _rows.Writer.TryComplete(new AdapterFaultException($"the adapter failed ({ex.GetType().Name})"));
        }
    }
}
