import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { getCart } from './cart';

function withCors(event: APIGatewayProxyEvent, result: APIGatewayProxyResult): APIGatewayProxyResult {
  return {
    ...result,
    headers: {
      ...result.headers,
      'Access-Control-Allow-Origin': event.headers.origin ?? event.headers.Origin ?? '*', // want CORS001 CORS018
      'Access-Control-Allow-Credentials': true,
    },
  };
}

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  const cart = await getCart(event.requestContext.authorizer?.principalId);
  return withCors(event, { statusCode: 200, body: JSON.stringify(cart) });
};
