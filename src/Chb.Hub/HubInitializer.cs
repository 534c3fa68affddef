using Chb.Hub.Adapters;
using Chb.Hub.Agencies;
using Chb.Hub.Data;
using Chb.Hub.Diagnostics;
using Chb.Hub.Security;
using Microsoft.Extensions.Options;

namespace Chb.Hub;

/// <summary>
/// Prepares the store and loads the adapters before the server takes calls (StartingAsync runs before
/// any hosted service's StartAsync, the web server's included).
/// </summary>
internal sealed class HubInitializer(
    IHubDatabase database,
    AgencyRepository agencyRepository,
    AgencyDirectory agencies,
    AdapterLoader loader,
    AdapterRegistry registry,
    IConfiguration configuration,
    HubSigningKeys signingKeys,
    ILogger<HubInitializer> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (signingKeys.DevelopmentKeyPath is { } keyPath)
        {
            // Anyone who can read the key file can be anyone: development mode serves this machine only.
            if (LoopbackGuard.NonLoopbackUrls(configuration).FirstOrDefault() is { } exposed)
            {
                throw new OptionsValidationException(AuthOptions.SectionName, typeof(AuthOptions),
                    [$"Hub:Auth:DevelopmentMode is refused: the hub listens on {exposed}, which is not a loopback address."]);
            }

            _ = signingKeys.Keys;
            HubLog.DevelopmentMode(logger, keyPath);
        }

        await database.MigrateAsync(cancellationToken);
        await agencyRepository.SyncAsync([.. agencies.All], cancellationToken);
        loader.LoadAll();
        HubLog.HubReady(logger, registry.Adapters.Count, registry.Refused.Count, database.Provider);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
