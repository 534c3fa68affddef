using Chb.Contracts.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Chb.Hub.Security;

/// <summary>Builds token validation from the validated <see cref="AuthOptions"/> (and the development key when on).</summary>
internal sealed class JwtBearerSetup(IOptions<AuthOptions> options, IHostEnvironment environment, IConfiguration configuration)
    : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions bearer)
    {
        var auth = options.Value;
        var keys = auth.SigningKeys.Select(k => (SecurityKey)new SymmetricSecurityKey(Convert.FromBase64String(k))).ToList();
        if (auth.DevelopmentMode)
        {
            if (LoopbackGuard.NonLoopbackUrls(configuration).FirstOrDefault() is { } exposed)
            {
                throw new OptionsValidationException(AuthOptions.SectionName, typeof(AuthOptions),
                    [$"Hub:Auth:DevelopmentMode is refused: the hub listens on {exposed}, which is not loopback."]);
            }

            keys.Add(new SymmetricSecurityKey(DevelopmentSigningKey.LoadOrCreate(DevelopmentKeyPath(auth, environment))));
        }

        bearer.MapInboundClaims = false;
        bearer.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = auth.Issuer,
            ValidAudience = auth.Audience,
            IssuerSigningKeys = keys,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.FromSeconds(30),
            NameClaimType = HubClaims.Subject,
            RoleClaimType = HubClaims.Role,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        };
    }

    public void Configure(JwtBearerOptions bearer) => Configure(Microsoft.Extensions.Options.Options.DefaultName, bearer);

    public static string DevelopmentKeyPath(AuthOptions auth, IHostEnvironment environment)
        => Path.IsPathRooted(auth.DevelopmentKeyPath) ? auth.DevelopmentKeyPath : Path.Combine(environment.ContentRootPath, auth.DevelopmentKeyPath);
}
