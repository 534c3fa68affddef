using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Chb.Hub.Security;

internal static class SecurityServiceCollectionExtensions
{
    /// <summary>JWT bearer authentication, the role policies, and a fallback that refuses anonymous calls.</summary>
    public static IServiceCollection AddHubSecurity(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<HubSigningKeys>();
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, JwtBearerSetup>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddAuthorization(HubPolicies.Add);
        return services;
    }
}
