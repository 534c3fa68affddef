namespace Chb.Hub.Tactics;

/// <summary>Loads and validates the catalogue while the host starts, so a bad catalogue stops the hub at boot.</summary>
internal sealed class TacticCatalogueStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<TacticCatalogue>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
