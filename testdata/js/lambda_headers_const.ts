import { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

const headers = {
  'Access-Control-Allow-Origin': process.env.ALLOWED_ORIGIN || '*', // want CORS008
  'Access-Control-Allow-Headers': 'Content-Type',
  'Access-Control-Allow-Methods': 'GET,OPTIONS',
};

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => ({
  statusCode: 200,
  headers,
  body: JSON.stringify({ path: event.path }),
});
