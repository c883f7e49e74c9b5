// Key Vault with RBAC (no access policies). Holds the Application Insights connection string and, for a
// single-tenant bot, the Entra app's client secret; the web app reads them through Key Vault references.
param name string
param location string
param tags object
param readerPrincipalId string
param appInsightsName string

@secure()
@description('Client secret of the Entra app (SingleTenant bots only). Empty: set the secret MicrosoftAppPassword by hand.')
param botAppPassword string = ''

@secure()
@description('Seed of the key that signs file links (photos and documents); a fresh one each deployment unless given. Links live 15 minutes, so rotating it on deploy costs nothing.')
param fileLinkKeySeed string = newGuid()

// Built-in role "Key Vault Secrets User": read secret values.
var secretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource appInsightsSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'ApplicationInsightsConnectionString'
  properties: {
    value: appInsights.properties.ConnectionString
  }
}

// 72 bytes of which 122 bits are random (a GUID); the host needs at least 32 bytes, base64.
resource fileLinkKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'FileLinkSigningKey'
  properties: {
    value: base64('${fileLinkKeySeed}${guid(fileLinkKeySeed, 'file-links')}')
  }
}

resource passwordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(botAppPassword)) {
  parent: vault
  name: 'MicrosoftAppPassword'
  properties: {
    value: botAppPassword
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, readerPrincipalId, secretsUserRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRoleId)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

output uri string = vault.properties.vaultUri
output name string = vault.name
output appInsightsSecretUri string = appInsightsSecret.properties.secretUri
output fileLinkKeySecretUri string = fileLinkKeySecret.properties.secretUri
// Versionless, so a rotated secret is picked up without redeploying.
output botSecretUri string = '${vault.properties.vaultUri}secrets/MicrosoftAppPassword'
