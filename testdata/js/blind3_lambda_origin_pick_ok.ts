import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const TABLE = process.env.PROFILES_TABLE!;

const ALLOWED_ORIGINS = [
  'https://app.fernhill.health',
  'https://clinician.fernhill.health',
];

function corsHeaders(requestOrigin?: string): Record<string, string> {
  const allowOrigin =
    requestOrigin && ALLOWED_ORIGINS.includes(requestOrigin) ? requestOrigin : ALLOWED_ORIGINS[0];
  return {
    'Access-Control-Allow-Origin': allowOrigin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Allow-Headers': 'Content-Type,Authorization',
    Vary: 'Origin',
  };
}

export const handler = async (
  event: APIGatewayProxyEventV2,
): Promise<APIGatewayProxyResultV2> => {
  const origin = event.headers.origin ?? event.headers.Origin;
  const id = event.pathParameters?.id;
  if (!id) {
    return { statusCode: 400, headers: corsHeaders(origin), body: '{"error":"missing id"}' };
  }
  const { Item } = await ddb.send(new GetCommand({ TableName: TABLE, Key: { id } }));
  return {
    statusCode: Item ? 200 : 404,
    headers: { ...corsHeaders(origin), 'Content-Type': 'application/json' },
    body: JSON.stringify(Item ?? { error: 'not found' }),
  };
};
