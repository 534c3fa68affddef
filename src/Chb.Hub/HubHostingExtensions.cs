using Chb.Hub.Access;
using Chb.Hub.Adapters;
using Chb.Hub.Audit;
using Chb.Hub.Agencies;
using Chb.Hub.Data;
using Chb.Hub.Data.PostgreSql;
using Chb.Hub.Data.SqlServer;
using Chb.Hub.Grpc;
using Chb.Hub.Ingest;
using Chb.Hub.Linking;
using Chb.Hub.Lro;
using Chb.Hub.Opportunities;
using Chb.Hub.Options;
using Chb.Hub.Reads;
using Chb.Hub.Resilience;
using Chb.Hub.Security;
using Dapper;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Chb.Hub;

/// <summary>The hub's one registration entry point and its endpoint map.</summary>
public static class HubHostingExtensions
{
    public static IHostApplicationBuilder AddHub(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        AddOptions<StorageOptions>(services, StorageOptions.SectionName);
        AddOptions<IngestOptions>(services, IngestOptions.SectionName);
        AddOptions<AdapterHostOptions>(services, AdapterHostOptions.SectionName);
        AddOptions<ReadSettings>(services, ReadSettings.SectionName);
        services.AddOptions<AgencyDirectoryOptions>()
            .Configure<IConfiguration>((o, config) => config.GetSection(AgencyOptions.SectionName).Bind(o.Agencies))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        SqlMapper.AddTypeHandler(new DateTimeOffsetHandler());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IHubDatabase>(sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value.Provider switch
        {
            StorageProviders.Sqlite => ActivatorUtilities.CreateInstance<SqliteHubDatabase>(sp),
            StorageProviders.PostgreSql => ActivatorUtilities.CreateInstance<PostgreSqlHubDatabase>(sp),
            StorageProviders.SqlServer => ActivatorUtilities.CreateInstance<SqlServerHubDatabase>(sp),
            var other => throw new OptionsValidationException(StorageOptions.SectionName, typeof(StorageOptions), [$"Storage provider '{other}' is not available in this build."]),
        });
        services.TryAddSingleton<StoreExecutor>();
        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.SectionName);
        services.TryAddSingleton<AuditLog>();
        services.TryAddSingleton<AuditVerifier>();
        services.TryAddSingleton<AuditCheckpointKey>();
        services.TryAddSingleton<Consultations>();
        services.TryAddSingleton<DisclosurePolicy>();
        services.TryAddSingleton<NeedToKnow>();
        services.TryAddSingleton<OpportunityReads>();
        services.TryAddSingleton<InterventionWriter>();
        services.TryAddSingleton<SourceRecordRepository>();
        services.TryAddSingleton<QuarantineRepository>();
        services.TryAddSingleton<StoreStatusQueries>();
        services.TryAddSingleton<AgencyRepository>();
        services.TryAddSingleton<AgencyDirectory>();
        services.TryAddSingleton<ChangeNotifier>();
        services.TryAddSingleton<ReadBarrier>();
        services.TryAddSingleton<RowCommitter>();
        services.TryAddSingleton<PushHandler>();
        services.TryAddSingleton<AdapterRegistry>();
        services.TryAddSingleton<AdapterBreakers>();
        services.TryAddSingleton<AdapterLoader>();
        services.AddHubResilience();
        services.AddHubLinking();
        services.AddHubOpportunities();
        services.AddHubGain();
        services.AddHubSecurity();
        services.AddHostedService<HubInitializer>();

        services.AddGrpc(o =>
        {
            o.Interceptors.Add<ExceptionMappingInterceptor>();
            o.MaxReceiveMessageSize = builder.Configuration.GetSection(IngestOptions.SectionName).Get<IngestOptions>()?.MaxMessageBytes
                ?? new IngestOptions().MaxMessageBytes;
            o.EnableDetailedErrors = builder.Environment.IsDevelopment();
        });
        services.AddGrpcReflection();
        services.AddGrpcHealthChecks(o => o.Services.Map("store", check => check.Name == "store"))
            .AddCheck<StoreHealthCheck>("store");
        return builder;
    }

    public static IEndpointRouteBuilder MapHub(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGrpcService<IngestService>();
        endpoints.MapGrpcService<AdminService>();
        endpoints.MapGrpcService<AuditService>();
        endpoints.MapGrpcService<DisruptionService>();
        endpoints.MapGrpcService<GainService>();
        // Health answers load balancers without a token; everything else needs one (the fallback policy).
        endpoints.MapGrpcHealthChecksService().AllowAnonymous();
        endpoints.MapGrpcReflectionService();
        return endpoints;
    }

    private static void AddOptions<T>(IServiceCollection services, string section)
        where T : class
        => services.AddOptions<T>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
}
