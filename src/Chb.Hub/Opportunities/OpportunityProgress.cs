namespace Chb.Hub.Opportunities;

/// <summary>Signals each advance of the opportunity projection, for read barriers and live watchers on this instance.</summary>
internal sealed class OpportunityProgress
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task NextAdvance => Volatile.Read(ref _next).Task;

    public void Notify()
        => Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
