using DbUp.Builder;

namespace Chb.Hub.Data;

/// <summary>Applies one provider's embedded scripts (<c>Data/Migrations/&lt;Provider&gt;/*.sql</c>) with DbUp, in name order.</summary>
internal static class SchemaMigrations
{
    public static void Apply(UpgradeEngineBuilder builder, string provider, ILogger logger)
    {
        var folder = $".Migrations.{provider}.";
        var upgrader = builder
            .WithScriptsEmbeddedInAssembly(typeof(SchemaMigrations).Assembly, name => name.Contains(folder, StringComparison.Ordinal))
            .WithTransactionPerScript()
            .LogTo(new DbUpLogger(logger))
            .Build();
        var result = upgrader.PerformUpgrade();
        if (!result.Successful)
        {
            throw new InvalidOperationException($"The {provider} schema migration failed.", result.Error);
        }
    }
}
