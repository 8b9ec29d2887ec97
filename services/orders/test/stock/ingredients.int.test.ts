import { newId } from '../../../../libs/contracts/src';
import { TestEnv } from '../../../../libs/testing/src';
import { aMenu, asStaff, type TestMenu } from '../../../../test/support/builders';
import { call } from '../../../../test/support/http-client';
import { startApp, type StartedApp } from '../../../../test/support/stack';

describe('ingredients and recipes', () => {
  const env = new TestEnv();
  let orders: StartedApp<'orders'>;
  let menu: TestMenu;
  let manager: Record<string, string>;
  const api = (method: string, path: string, body?: unknown, headers = manager) =>
    call(method, `${orders.url}${path}`, body, headers);
  const anIngredient = async (name: string, unit = 'g') =>
    (await api('POST', '/v1/ingredients', { name, unit })).body.id as string;

  beforeAll(async () => {
    orders = await startApp(env, 'orders');
    menu = await aMenu(orders.app.platform.db);
    manager = await asStaff(menu.tenantId, ['manager']);
  });
  afterAll(() => orders.stop());

  describe('/v1/ingredients', () => {
    it('when a manager adds one, then answers 201 and it reads back', async () => {
      const res = await api('POST', '/v1/ingredients', { name: '  Rinderhack ', unit: 'g' });

      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        id: expect.any(String),
        name: 'Rinderhack',
        unit: 'g',
        createdAt: expect.any(String),
        archivedAt: null,
      });
      const read = await api('GET', `/v1/ingredients/${res.body.id}`);
      expect(read.body).toEqual(res.body);
    });

    it('when the body is wrong, then answers 400 naming each field', async () => {
      const res = await api('POST', '/v1/ingredients', { name: '', unit: 'kg', tenantId: newId() });

      expect(res.status).toBe(400);
      expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([
        'name',
        'unit',
      ]);
    });

    it('when an active ingredient has the name already (any case), then answers 409 ingredient-name-taken', async () => {
      await anIngredient('Schlagsahne', 'ml');

      const res = await api('POST', '/v1/ingredients', { name: 'SCHLAGSAHNE', unit: 'ml' });

      expect(res.status).toBe(409);
      expect(res.body.type).toMatch(/ingredient-name-taken$/);
    });

    it('when renamed, then the new name is kept and the unit cannot change', async () => {
      const id = await anIngredient('Zwiebel', 'pc');

      const res = await api('PATCH', `/v1/ingredients/${id}`, { name: 'Rote Zwiebel', unit: 'g' });

      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id, name: 'Rote Zwiebel', unit: 'pc' });
    });

    it('when archived, then it leaves the list unless asked for, and its name is free again', async () => {
      const id = await anIngredient('Petersilie');

      const res = await api('DELETE', `/v1/ingredients/${id}`);

      expect(res.status).toBe(200);
      expect(res.body.archivedAt).toEqual(expect.any(String));
      const active = await api('GET', '/v1/ingredients?limit=100');
      expect(active.body.items.map((i: { id: string }) => i.id)).not.toContain(id);
      const all = await api('GET', '/v1/ingredients?limit=100&includeArchived=true');
      expect(all.body.items.map((i: { id: string }) => i.id)).toContain(id);
      expect((await api('POST', '/v1/ingredients', { name: 'Petersilie', unit: 'g' })).status).toBe(
        201,
      );
    });

    it('when listed page by page, then every ingredient comes once, by name', async () => {
      const own = await aMenu(orders.app.platform.db);
      const headers = await asStaff(own.tenantId, ['waiter']);
      const boss = await asStaff(own.tenantId, ['admin']);
      for (const name of ['Dill', 'Apfel', 'Essig', 'Butter', 'Curry']) {
        await api('POST', '/v1/ingredients', { name, unit: 'g' }, boss);
      }

      const names: string[] = [];
      let cursor: string | null = '';
      let pages = 0;
      while (cursor !== null) {
        const query: string = cursor ? `&cursor=${cursor}` : '';
        const res = await api('GET', `/v1/ingredients?limit=2${query}`, undefined, headers);
        expect(res.status).toBe(200);
        names.push(...res.body.items.map((i: { name: string }) => i.name));
        cursor = res.body.nextCursor;
        pages++;
      }

      expect(names).toEqual(['Apfel', 'Butter', 'Curry', 'Dill', 'Essig']);
      expect(pages).toBe(3);
    });

    it('when the cursor is not one we handed out, then answers 400 naming query.cursor', async () => {
      const res = await api('GET', '/v1/ingredients?cursor=bm9wZQ');

      expect(res.status).toBe(400);
      expect(res.body.fields).toEqual([{ field: 'query.cursor', message: expect.any(String) }]);
    });
  });

  describe('/v1/products/:productId/recipe', () => {
    it('when a manager sets a recipe, then it is stored whole and reads back', async () => {
      const product = menu.products[1]!.id;
      const [eggs, cheese] = [await anIngredient('Eier', 'pc'), await anIngredient('Emmentaler')];
      await api('PUT', `/v1/products/${product}/recipe`, {
        ingredients: [{ ingredientId: eggs, quantity: 9 }],
      });

      const res = await api('PUT', `/v1/products/${product}/recipe`, {
        ingredients: [
          { ingredientId: eggs, quantity: 2 },
          { ingredientId: cheese, quantity: 80.125 },
        ],
      });

      expect(res.status).toBe(200);
      const read = await api('GET', `/v1/products/${product}/recipe`, undefined, {
        ...(await asStaff(menu.tenantId, ['kitchen'])),
      });
      expect(read.body).toEqual(res.body);
      expect(read.body).toEqual({
        productId: product,
        ingredients: [
          { ingredientId: eggs, name: 'Eier', unit: 'pc', quantity: 2 },
          { ingredientId: cheese, name: 'Emmentaler', unit: 'g', quantity: 80.125 },
        ],
      });
    });

    it('when the body repeats an ingredient or has a bad quantity, then answers 400 naming those fields', async () => {
      const salt = await anIngredient('Salz');

      const res = await api('PUT', `/v1/products/${menu.products[2]!.id}/recipe`, {
        ingredients: [
          { ingredientId: salt, quantity: 0.0001 },
          { ingredientId: salt, quantity: 1 },
          { ingredientId: 'salt', quantity: -1 },
        ],
      });

      expect(res.status).toBe(400);
      expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual([
        'ingredients.0.quantity',
        'ingredients.1.ingredientId',
        'ingredients.2.ingredientId',
        'ingredients.2.quantity',
      ]);
    });

    it("when it names another tenant's or an archived ingredient, then answers 422 ingredient-not-found naming it", async () => {
      const theirs = await aMenu(orders.app.platform.db);
      const foreign = (
        await api(
          'POST',
          '/v1/ingredients',
          { name: 'Fremdes Mehl', unit: 'g' },
          await asStaff(theirs.tenantId),
        )
      ).body.id;
      const [ok, archived] = [await anIngredient('Pfeffer'), await anIngredient('Muskat')];
      await api('DELETE', `/v1/ingredients/${archived}`);

      const res = await api('PUT', `/v1/products/${menu.products[3]!.id}/recipe`, {
        ingredients: [
          { ingredientId: ok, quantity: 1 },
          { ingredientId: foreign, quantity: 1 },
          { ingredientId: archived, quantity: 1 },
        ],
      });

      expect(res.status).toBe(422);
      expect(res.body.type).toMatch(/ingredient-not-found$/);
      expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual([
        'ingredients.1.ingredientId',
        'ingredients.2.ingredientId',
      ]);
      const stored = await api('GET', `/v1/products/${menu.products[3]!.id}/recipe`);
      expect(stored.body.ingredients).toEqual([]);
    });

    it('when an ingredient is in a recipe, then archiving it answers 409 ingredient-in-use until it is taken out', async () => {
      const product = menu.products[4]!.id;
      const dough = await anIngredient('Brezelteig');
      await api('PUT', `/v1/products/${product}/recipe`, {
        ingredients: [{ ingredientId: dough, quantity: 95 }],
      });

      const refused = await api('DELETE', `/v1/ingredients/${dough}`);
      await api('PUT', `/v1/products/${product}/recipe`, { ingredients: [] });
      const archived = await api('DELETE', `/v1/ingredients/${dough}`);

      expect(refused.status).toBe(409);
      expect(refused.body.type).toMatch(/ingredient-in-use$/);
      expect(archived.status).toBe(200);
    });
  });
});
