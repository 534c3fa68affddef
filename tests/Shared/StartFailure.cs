namespace Chb.Tests.Shared;

/// <summary>What starting a test hub throws, made robust against the test host's own disposal race.</summary>
public static class StartFailure
{
    private const int Attempts = 5;

    /// <summary>
    /// Starts a hub made by <paramref name="create"/> (<paramref name="start"/> touches what builds it) and answers what
    /// the start threw, or null. When the app's own start fails, WebApplicationFactory's deferred builder can race the app
    /// disposing its service provider and report that instead (ObjectDisposedException for 'IServiceProvider', thrown by
    /// the test host, not the hub). Such a start says nothing about the hub, so it is made again on a new factory, a
    /// bounded number of times; anything else is answered as it is.
    /// </summary>
    public static Exception? Of<THub>(Func<THub> create, Action<THub> start)
        where THub : IDisposable
    {
        for (var attempt = 1; ; attempt++)
        {
            using var hub = create();
            var thrown = Record(() => start(hub));
            if (thrown is not ObjectDisposedException { ObjectName: "IServiceProvider" } || attempt == Attempts)
            {
                return thrown;
            }
        }
    }

    private static Exception? Record(Action action)
    {
        try
        {
            action();
            return null;
        }
#pragma warning disable CA1031 // Whatever the start throws is the answer.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return ex;
        }
    }
}
