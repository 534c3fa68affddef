using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Chb.Hub.Security;

internal static class SecurityServiceCollectionExtensions
{
    private const string HubScheme = "hub";

    /// <summary>
    /// Bearer tokens, or for partner systems TLS client certificates from the configured CA; the role policies;
    /// and a fallback that refuses anonymous calls.
    /// </summary>
    public static IServiceCollection AddHubSecurity(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ClientCertificateOptions>().BindConfiguration(ClientCertificateOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<HubSigningKeys>();
        services.TryAddSingleton<PartnerCertificates>();
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, JwtBearerSetup>();
        services.AddAuthentication(HubScheme)
            .AddPolicyScheme(HubScheme, "Bearer token or partner certificate", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.Count == 0 && context.Connection.ClientCertificate is not null
                    ? ClientCertificateHandler.SchemeName
                    : JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer()
            .AddScheme<AuthenticationSchemeOptions, ClientCertificateHandler>(ClientCertificateHandler.SchemeName, null);
        services.AddAuthorization(HubPolicies.Add);

        // With a partner CA configured, HTTPS endpoints ask for a client certificate and refuse, during the
        // handshake, any that the CA did not issue. A certificate stays optional: people still use tokens.
        services.AddOptions<KestrelServerOptions>().Configure<PartnerCertificates>((kestrel, partners) =>
        {
            if (partners.Enabled)
            {
                kestrel.ConfigureHttpsDefaults(https =>
                {
                    https.ClientCertificateMode = ClientCertificateMode.AllowCertificate;
                    https.ClientCertificateValidation = (certificate, _, _) => partners.IsTrusted(certificate);
                });
            }
        });
        return services;
    }
}
