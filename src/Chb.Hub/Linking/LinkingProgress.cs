namespace Chb.Hub.Linking;

/// <summary>Wakes readers waiting on the linking checkpoint when this instance's projector commits a batch.</summary>
internal sealed class LinkingProgress
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Gets a task that completes at the next committed batch; take it before reading the checkpoint.</summary>
    public Task NextAdvance => Volatile.Read(ref _next).Task;

    public void Notify()
        => Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
