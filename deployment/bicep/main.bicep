// Pixfra RMA Bot: everything the bot needs in one resource group. Deploy with
//   az deployment group create -g <rg> -f deployment/bicep/main.bicep -p deployment/bicep/main.bicepparam
// See deployment/README.md for the steps before (registering the bot) and after (the Teams package).
targetScope = 'resourceGroup'

@description('Short lowercase prefix of every resource name.')
@minLength(3)
@maxLength(12)
param namePrefix string = 'pixfrarma'

param location string = resourceGroup().location

@description('UserAssignedMSI: the bot signs in as the managed identity created here (no secret at all). SingleTenant: an Entra app registration you created (botAppId) with its client secret in Key Vault.')
@allowed([ 'SingleTenant', 'UserAssignedMSI' ])
param botIdentity string = 'UserAssignedMSI'

@description('SingleTenant only: the Entra app (client) id. Ignored for UserAssignedMSI.')
param botAppId string = ''

@secure()
@description('SingleTenant only: the Entra app client secret, stored in Key Vault. Leave empty to set the vault secret MicrosoftAppPassword yourself.')
param botAppPassword string = ''

param botDisplayName string = 'Pixfra RMA'

@secure()
@description('The Slack app\'s signing secret, stored in Key Vault as SlackSigningSecret. Leave empty to set that secret yourself (or to leave Slack off).')
param slackSigningSecret string = ''

@secure()
@description('The Slack app\'s bot token (xoxb-…), stored in Key Vault as SlackBotToken. Leave empty to set that secret yourself.')
param slackBotToken string = ''

@description('The Slack staff channel for handoffs: Pixfra\'s workspace id (T…). Empty = no Slack staff channel.')
param slackStaffTeamId string = ''

@description('The Slack staff channel id (C…); the bot must be invited to it.')
param slackStaffChannelId string = ''

@allowed([ 'F0', 'S1' ])
param botSku string = 'S1'

@description('App Service plan SKU (Linux), B1 or larger.')
param appServiceSku string = 'B1'

@allowed([ 'Serverless', 'Autoscale' ])
param cosmosCapacityMode string = 'Serverless'

@minValue(1000)
param cosmosAutoscaleMaxThroughput int = 1000

param cosmosDatabaseName string = 'pixfra-rma'

param blobContainerName string = 'evidence'

@description('Product catalog file, relative to the app folder (operator data shipped with the app).')
param catalogPath string = 'data/catalog.sample.json'

@description('Holiday calendar folder, relative to the app folder.')
param holidaysPath string = 'data/holidays-cn'

param tags object = { application: 'pixfra-rma-bot' }

var suffix = uniqueString(resourceGroup().id)
// Key Vault and storage account names: 3–24 characters; storage: lowercase letters and digits only.
var vaultName = take('${namePrefix}-kv-${suffix}', 24)
var storageName = take(toLower(replace('${namePrefix}${suffix}', '-', '')), 24)
var siteName = '${namePrefix}-${suffix}'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: '${namePrefix}-id-${suffix}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: '${namePrefix}-log-${suffix}'
    appInsightsName: '${namePrefix}-ai-${suffix}'
    location: location
    tags: tags
  }
}

module vault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: vaultName
    location: location
    tags: tags
    readerPrincipalId: identity.outputs.principalId
    appInsightsName: monitoring.outputs.appInsightsName
    botAppPassword: botAppPassword
    slackSigningSecret: slackSigningSecret
    slackBotToken: slackBotToken
  }
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'cosmos'
  params: {
    accountName: '${namePrefix}-cosmos-${suffix}'
    databaseName: cosmosDatabaseName
    location: location
    tags: tags
    capacityMode: cosmosCapacityMode
    autoscaleMaxThroughput: cosmosAutoscaleMaxThroughput
    dataContributorPrincipalId: identity.outputs.principalId
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    accountName: storageName
    containerName: blobContainerName
    location: location
    tags: tags
    dataContributorPrincipalId: identity.outputs.principalId
  }
}

var effectiveBotAppId = botIdentity == 'UserAssignedMSI' ? identity.outputs.clientId : botAppId

module web 'modules/webapp.bicep' = {
  name: 'webapp'
  params: {
    planName: '${namePrefix}-plan-${suffix}'
    siteName: siteName
    location: location
    tags: tags
    skuName: appServiceSku
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    botIdentity: botIdentity
    botAppId: effectiveBotAppId
    botSecretUri: vault.outputs.botSecretUri
    appInsightsSecretUri: vault.outputs.appInsightsSecretUri
    fileLinkKeySecretUri: vault.outputs.fileLinkKeySecretUri
    slackSigningSecretUri: vault.outputs.slackSigningSecretUri
    slackBotTokenUri: vault.outputs.slackBotTokenUri
    slackStaffTeamId: slackStaffTeamId
    slackStaffChannelId: slackStaffChannelId
    cosmosEndpoint: cosmos.outputs.endpoint
    cosmosDatabase: cosmos.outputs.databaseName
    blobEndpoint: storage.outputs.blobEndpoint
    blobContainer: storage.outputs.containerName
    catalogPath: catalogPath
    holidaysPath: holidaysPath
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: '${namePrefix}-bot-${suffix}'
    displayName: botDisplayName
    tags: tags
    sku: botSku
    messagingEndpoint: 'https://${web.outputs.hostName}/api/messages'
    botIdentity: botIdentity
    botAppId: effectiveBotAppId
    identityId: identity.outputs.id
  }
}

@description('The Microsoft App ID to put in the Teams app package (deployment/teams/build-package.sh).')
output botAppId string = effectiveBotAppId
output webAppName string = web.outputs.name
output webAppHostName string = web.outputs.hostName
output messagingEndpoint string = 'https://${web.outputs.hostName}/api/messages'
output keyVaultName string = vault.outputs.name
output cosmosEndpoint string = cosmos.outputs.endpoint
output blobEndpoint string = storage.outputs.blobEndpoint
output botName string = bot.outputs.name
