using Chb.Hub.Tactics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Chb.Hub.Tests.Tactics;

public sealed class AddHubTacticsTests
{
    [Fact]
    public async Task AddHubTactics_DefaultPath_LoadsTheShippedCatalogueAtStart()
    {
        await using var provider = Build([]);

        await StartAsync(provider);

        Assert.True(provider.GetRequiredService<TacticCatalogue>().Tactics.Count >= 30);
    }

    [Fact]
    public async Task AddHubTactics_BadCatalogue_FailsAtStart()
    {
        var path = Path.Combine(Path.GetTempPath(), $"chb-tactics-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, "{\"version\":\"2026-11-25.1\",\"tactics\":[{\"id\":\"Q1\"}]}");
        try
        {
            await using var provider = Build(new() { ["Hub:Tactics:CataloguePath"] = path });

            var ex = await Assert.ThrowsAsync<TacticCatalogueException>(() => StartAsync(provider));

            Assert.Contains(ex.Problems, p => p is { TacticId: "Q1", Field: "statute" });
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AddHubTactics_Twice_RegistersOnce()
    {
        var services = new ServiceCollection().AddHubTactics().AddHubTactics();

        Assert.Single(services, d => d.ServiceType == typeof(TacticCatalogue));
        Assert.Single(services, d => d.ImplementationType == typeof(TacticCatalogueStartup));
    }

    [Fact]
    public void ResolveCataloguePath_RelativeAndRooted()
    {
        var rooted = Path.Combine(Path.GetTempPath(), "c.json");

        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "Tactics", "catalogue.json"), new TacticsOptions().ResolveCataloguePath());
        Assert.Equal(rooted, new TacticsOptions { CataloguePath = rooted }.ResolveCataloguePath());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddHubTactics().BuildServiceProvider();
    }

    private static async Task StartAsync(ServiceProvider provider)
    {
        foreach (var service in provider.GetServices<IHostedService>())
        {
            await service.StartAsync(CancellationToken.None);
        }
    }
}
